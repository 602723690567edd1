using Microsoft.Data.Sqlite;

namespace Recaps.Core.Storage.Sqlite;

/// <summary>SQLite failures as the storage errors callers already handle for Azure.</summary>
internal static class SqliteErrors
{
    // Primary result codes from sqlite3.h.
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static StorageException Translate(SqliteException ex, string location)
    {
        var (kind, what) = (ex.SqliteErrorCode & 0xFF) switch
        {
            Busy or Locked => (StorageErrorKind.Unavailable, "is busy (another process holds a write lock)"),
            ReadOnly => (StorageErrorKind.Unauthorized, "is read-only"),
            CantOpen => (StorageErrorKind.Unavailable, "cannot be opened"),
            Full => (StorageErrorKind.Unavailable, "is on a full disk"),
            IoError => (StorageErrorKind.Unavailable, "could not be read or written"),
            Corrupt or NotADatabase => (StorageErrorKind.Unavailable, "is not a valid store (corrupt, or not a SQLite file)"),
            _ => (StorageErrorKind.BadRequest, "rejected the operation"),
        };
        return new StorageException(kind, $"The embedded store '{location}' {what}: {ex.Message}", ex)
        {
            ErrorCode = $"SQLITE_{ex.SqliteErrorCode}",
        };
    }
}
