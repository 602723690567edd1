using System.Globalization;
using System.Text.RegularExpressions;
using Recaps.Core.Ingest;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Tables;
using Recaps.Functions.Cli;
using Recaps.Functions.Pipeline;

namespace Recaps.Functions.Local;

/// <summary>
/// The first start on an empty store ingests the sample recaps, so there is something to ask about at once.
/// With blob storage they are uploaded to the recaps container too, as <c>recaps ingest --storage</c> does.
/// </summary>
internal static partial class SampleRecaps
{
    /// <summary>
    /// Ingests every recap of <paramref name="folder"/> when the store holds no article; null when it holds some
    /// or there is no such folder (a publish folder has none: nothing to say).
    /// </summary>
    public static async Task<IngestSummary?> SeedAsync(OpenedStore store, RecapFunctions functions, string? folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(functions);
        if (folder is null || !Directory.Exists(folder) || await HasArticlesAsync(store, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        var limits = new IngestOptions();
        var uploads = store.Container is { } container ? new BlobIngestor(functions.Ingestor, store.Sessions, container(StoreOptions.RecapsContainer), limits) : null;
        var context = new IngestContext(store.Sessions, functions.Ingestor, uploads, limits);
        var summary = new IngestSummary();
        if (!IngestInputs.TryExpand([folder], null, false, out var found, out _, out _))
        {
            return null;
        }
        foreach (var file in found)
        {
            // Each sample on its own, with the arrival time its name gives.
            if (IngestInputs.TryExpand([Path.Combine(folder, file.Source)], ReceivedOf(file.Source), false, out var one, out _, out _)
                && await one[0].IngestAsync(context, cancellationToken).ConfigureAwait(false) is { } outcome)
            {
                summary.Add(outcome);
            }
        }
        return summary;
    }

    /// <summary>
    /// A sample named after a day (<c>seed-2025-06-04.txt</c>) arrived at noon UTC that day, so a recap that only
    /// says "on Wednesday" gets that week's date rather than the clone's; others: their last write time.
    /// </summary>
    public static DateTimeOffset? ReceivedOf(string name) =>
        DayInName().Match(Path.GetFileName(name)) is { Success: true } match
        && DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)
            : null;

    private static async Task<bool> HasArticlesAsync(OpenedStore store, CancellationToken cancellationToken)
    {
        await foreach (var _ in store.Tables.GetTable(StoreTables.Articles).QueryAsync(new TableQuery { Take = 1 }, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex DayInName();
}
