using Recaps.Core.Questions;
using Recaps.Core.Storage;
using Recaps.Core.Storage.Tables;

namespace Recaps.Bot.Conversations;

/// <summary>
/// Conversation state in <see cref="BotTables.Conversations"/>, one row per conversation, so a follow-up works
/// whichever instance receives it. Context and welcome are written as merges of their own properties, so one
/// never overwrites the other.
/// </summary>
internal sealed class ConversationStore(ITableService tables, TimeProvider time)
{
    private const string RowKey = "context";
    private readonly ITable _table = tables.GetTable(BotTables.Conversations);

    public async Task<ConversationState> GetAsync(string key, CancellationToken cancellationToken)
    {
        var row = await _table.GetAsync(key, RowKey, cancellationToken).ConfigureAwait(false);
        return row is null
            ? ConversationState.New
            : new ConversationState(ConversationContext.FromJson(row.GetString("Context")), row.GetBoolean("Welcomed") ?? false, row.ETag);
    }

    public async Task SaveContextAsync(string key, ConversationContext context, CancellationToken cancellationToken)
    {
        var row = new TableEntity(key, RowKey) { ["Context"] = context.ToJson(), ["AnsweredAt"] = time.GetUtcNow() };
        await _table.UpsertAsync(row, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Marks the conversation welcomed unless another turn did first (Web Chat sends its conversation update and the
    /// first message together): true when this turn should welcome. A concurrent context write also makes it false,
    /// which at worst skips a welcome rather than sending two.
    /// </summary>
    public async Task<bool> TryMarkWelcomedAsync(string key, ConversationState state, CancellationToken cancellationToken)
    {
        if (state.Welcomed)
        {
            return false;
        }
        var row = new TableEntity(key, RowKey) { ["Welcomed"] = true, ["WelcomedAt"] = time.GetUtcNow() };
        try
        {
            if (state.ETag is null)
            {
                await _table.AddAsync(row, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _table.UpdateAsync(row, state.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            }
            return true;
        }
        catch (StorageException ex) when (ex.Kind is StorageErrorKind.Conflict or StorageErrorKind.PreconditionFailed or StorageErrorKind.NotFound)
        {
            return false;
        }
    }
}
