using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Recaps.Functions.Handler;

/// <summary>
/// One line per log entry on stdout, which the Functions host collects: level, category, the invocation it belongs to
/// (<c>[IngestRecap invocation 5f3c...]</c>) and the message. ASP.NET Core's own scopes (connection, request, trace
/// ids) are left out: the invocation id is the one the host's logs are searched by.
/// </summary>
internal sealed class InvocationConsoleFormatter() : ConsoleFormatter(Name)
{
    public new const string Name = "invocation";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }
        InvocationScope? invocation = null;
        scopeProvider?.ForEachScope((scope, _) => invocation = scope as InvocationScope ?? invocation, (object?)null);
        var category = logEntry.Category[(logEntry.Category.LastIndexOf('.') + 1)..];
        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(": ");
        textWriter.Write(category);
        textWriter.Write(invocation is null ? ": " : $": [{invocation}] ");
        textWriter.Write(message?.ReplaceLineEndings(" "));
        if (logEntry.Exception is { } exception)
        {
            textWriter.Write(' ');
            textWriter.Write(exception.ToString().ReplaceLineEndings(" | "));
        }
        textWriter.WriteLine();
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
