using Recaps.Core.Storage;
using Recaps.Core.Storage.Tables;

namespace Recaps.Bot.Conversations;

/// <summary>
/// The activities already handled (<see cref="BotTables.Activities"/>): channels re-send an activity when the bot is
/// slow (PROTOCOLS.md 2.6), and an insert that conflicts says this one was answered. Rows only matter for minutes,
/// so <see cref="PruneAsync"/> drops old ones.
/// </summary>
internal sealed class HandledActivities(ITableService tables, TimeProvider time)
{
    private const string HandledAt = "HandledAt";
    private readonly ITable _table = tables.GetTable(BotTables.Activities);

    /// <summary>Records the activity; false when it was recorded before (a re-sent activity).</summary>
    public async Task<bool> TryRecordAsync(string conversationKey, string activityId, CancellationToken cancellationToken)
    {
        var row = new TableEntity(conversationKey, TableKeys.Escape(activityId)) { [HandledAt] = time.GetUtcNow() };
        try
        {
            await _table.AddAsync(row, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageException ex) when (ex.Kind == StorageErrorKind.Conflict)
        {
            return false;
        }
    }

    /// <summary>
    /// Forgets that the activity was handled, so a re-send of it is answered: for a turn that failed and only
    /// apologised. Best effort: when storage is what failed, this may fail too, and the re-send is then taken as
    /// answered (the user has the apology).
    /// </summary>
    public async Task ForgetAsync(string conversationKey, string activityId, CancellationToken cancellationToken)
    {
        try
        {
            await _table.DeleteAsync(conversationKey, TableKeys.Escape(activityId), "*", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Called from the turn-error handler, after whatever failed: nothing may escape it, and the apology
            // stands either way.
        }
    }

    /// <summary>
    /// Deletes the rows handled more than <paramref name="age"/> ago; returns how many. It reads the whole table:
    /// rows are keyed by conversation for the insert, and a daily prune keeps the table to a day of activities.
    /// </summary>
    public async Task<int> PruneAsync(TimeSpan age, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(age, TimeSpan.Zero);
        var before = time.GetUtcNow() - age;
        return await _table.DeleteWhereAsync(
            row => (row.GetDateTimeOffset(HandledAt) ?? row.Timestamp ?? DateTimeOffset.MinValue) < before, cancellationToken).ConfigureAwait(false);
    }
}
