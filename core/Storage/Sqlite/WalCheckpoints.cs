using Microsoft.Data.Sqlite;

namespace Recaps.Core.Storage.Sqlite;

/// <summary>
/// Copies the WAL back into the database on a background thread every <see cref="Every"/> commits. SQLite's
/// automatic checkpoint runs inside the commit that crosses its threshold, so one writer in every few dozen
/// waited for a whole checkpoint (and its fsync) while holding the write lock. A passive checkpoint never
/// blocks writers or readers; the automatic one stays, at a higher threshold, as the bound if this one lags.
/// </summary>
internal sealed class WalCheckpoints(Func<SqliteConnection> open)
{
    /// <summary>Pages the WAL may reach before a commit checkpoints inline (64 MiB of 4 KiB pages).</summary>
    public const int AutomaticPages = 16_384;

    public const int Every = 64;

    private int _commits;
    private int _running;

    public void Committed()
    {
        if (Interlocked.Increment(ref _commits) < Every || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return;
        }
        Interlocked.Exchange(ref _commits, 0);
        _ = Task.Run(Checkpoint);
    }

    private void Checkpoint()
    {
        try
        {
            using var connection = open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
        }
        catch (Exception ex) when (ex is SqliteException or StorageException)
        {
            // Nothing is lost: the frames stay in the WAL for the next checkpoint, or the automatic one.
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
