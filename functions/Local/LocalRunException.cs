namespace Recaps.Functions.Local;

/// <summary>Why the local run could not start: one line for a person, printed as <c>recaps serve: MESSAGE</c> with exit code 2.</summary>
internal sealed class LocalRunException : Exception
{
    public LocalRunException()
    {
    }

    public LocalRunException(string message)
        : base(message)
    {
    }

    public LocalRunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
