using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Recaps.Functions.Tests.Handler;

/// <summary>Every log entry the handler writes, with the invocation scope it was written in (if any).</summary>
internal sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider? _scopes;

    public ConcurrentQueue<(string Category, string Message, string? InvocationId)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            string? id = null;
            capture._scopes?.ForEachScope((scope, _) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> values && values.FirstOrDefault(v => v.Key == "InvocationId").Value is string found)
                {
                    id = found;
                }
            }, (object?)null);
            capture.Entries.Enqueue((category, formatter(state, exception), id));
        }
    }
}
