namespace Recaps.Core.Storage;

/// <summary>
/// A storage call that failed, from either backend, with a message fit to show a user (never a key or a
/// signature). <see cref="Status"/> is the HTTP status when there was one.
/// </summary>
public sealed class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageException(StorageErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    public StorageErrorKind Kind { get; init; } = StorageErrorKind.Unavailable;

    public int? Status { get; init; }

    /// <summary>The service's error code (for example TableAlreadyExists), when it gave one.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>For a failed batch, the index of the action the service rejected, when it said.</summary>
    public int? FailedActionIndex { get; init; }

    /// <summary>Whether waiting and trying again could help (the pipeline already retried).</summary>
    public bool IsTransient => Kind == StorageErrorKind.Unavailable;
}
