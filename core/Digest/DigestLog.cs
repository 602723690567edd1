using System.Globalization;
using Recaps.Core.Storage;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Digest;

/// <summary>
/// The digests composed so far, one per session date (table <see cref="StoreTables.Digests"/>). Recording is an
/// insert, so a timer that fires twice, or two instances firing at once, record one digest per session.
/// </summary>
public sealed class DigestLog
{
    private const string Partition = "digest";
    private readonly ITable _table;

    public DigestLog(ITableService tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.GetTable(StoreTables.Digests);
    }

    /// <summary>Records the digest unless one is recorded for its date; returns whether this call recorded it.</summary>
    public async Task<bool> RecordAsync(DigestRecord digest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var row = new TableEntity(Partition, Key(digest.Date))
        {
            ["Text"] = digest.Text,
            ["Markets"] = string.Join(",", digest.Markets),
            ["ComposedAt"] = digest.ComposedAt,
        };
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
    /// Replaces the text and markets recorded for the digest's date when they differ (a later recap of the same
    /// session), keeping the recorded composition time, which deliveries are timed from; returns the record now
    /// stored. A concurrent revision wins without error: both composed the same session.
    /// </summary>
    public async Task<DigestRecord?> ReviseAsync(DigestRecord digest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var row = await _table.GetAsync(Partition, Key(digest.Date), cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }
        var recorded = Read(row);
        if (recorded.Text == digest.Text)
        {
            return recorded;
        }
        row["Text"] = digest.Text;
        row["Markets"] = string.Join(",", digest.Markets);
        try
        {
            await _table.UpdateAsync(row, row.ETag ?? "*", TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException ex) when (ex.Kind is StorageErrorKind.PreconditionFailed or StorageErrorKind.NotFound)
        {
            return await GetAsync(digest.Date, cancellationToken).ConfigureAwait(false);
        }
        return recorded with { Text = digest.Text, Markets = digest.Markets };
    }

    public async Task<DigestRecord?> GetAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var row = await _table.GetAsync(Partition, Key(date), cancellationToken).ConfigureAwait(false);
        return row is null ? null : Read(row);
    }

    /// <summary>The recorded digest of the latest session date, if any.</summary>
    public async Task<DigestRecord?> LatestAsync(CancellationToken cancellationToken = default)
    {
        DigestRecord? latest = null;
        await foreach (var row in _table.QueryAsync(TableQuery.Partition(Partition), cancellationToken).ConfigureAwait(false))
        {
            // Keys are ISO dates: the last in key order is the newest.
            latest = Read(row);
        }
        return latest;
    }

    private static string Key(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DigestRecord Read(TableEntity row) => new(
        DateOnly.ParseExact(row.RowKey, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.GetString("Text") ?? "",
        (row.GetString("Markets") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        row.GetDateTimeOffset("ComposedAt") ?? default);
}
