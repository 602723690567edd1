using Microsoft.Extensions.Logging;

namespace Recaps.Functions.Handler;

/// <summary>
/// Copies every log line written inside an <see cref="InvocationScope"/> (Information and above) into that scope, so the
/// response's <c>Logs</c> array carries them to the host, which records them against the invocation.
/// </summary>
internal sealed class InvocationLogProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider? _scopes;

    public ILogger CreateLogger(string categoryName) => new InvocationLogger(this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private InvocationScope? Current()
    {
        InvocationScope? current = null;
        _scopes?.ForEachScope((scope, _) => current = scope as InvocationScope ?? current, (object?)null);
        return current;
    }

    private sealed class InvocationLogger(InvocationLogProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel) || provider.Current() is not { } scope)
            {
                return;
            }
            var line = $"{logLevel}: {formatter(state, exception)}";
            scope.Add(exception is null ? line : $"{line} ({exception.GetType().Name}: {exception.Message})");
        }
    }
}
