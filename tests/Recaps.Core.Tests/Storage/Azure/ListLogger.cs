using Microsoft.Extensions.Logging;

namespace Recaps.Core.Tests.Storage.Azure;

/// <summary>A logger factory whose loggers keep every formatted message.</summary>
internal sealed class ListLogger : ILoggerFactory, ILogger
{
    public List<string> Messages { get; } = [];

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Messages)
        {
            Messages.Add(formatter(state, exception));
        }
    }

    public void Dispose()
    {
    }
}
