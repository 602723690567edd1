namespace Recaps.Core.Storage;

/// <summary>What went wrong with a storage call, in terms a caller can act on.</summary>
public enum StorageErrorKind
{
    /// <summary>The keys (or blob) already exist.</summary>
    Conflict,

    /// <summary>The stored ETag no longer matches.</summary>
    PreconditionFailed,

    /// <summary>The entity, table, container or blob does not exist.</summary>
    NotFound,

    /// <summary>A batch was rejected as a whole; the message names the failing action.</summary>
    BatchFailed,

    /// <summary>The request was malformed or broke a limit (size, key, property).</summary>
    BadRequest,

    /// <summary>The credentials were refused (401/403) or could not be obtained.</summary>
    Unauthorized,

    /// <summary>The service could not be reached or kept failing (timeouts, 5xx, 429) after retries.</summary>
    Unavailable,
}
