using System.CommandLine;
using Recaps.Core.Ingest;
using Recaps.Core.Parsing;

namespace Recaps.Functions.Cli;

/// <summary>
/// <c>recaps ingest PATH... [--received ISO-8601] [--data DIR | --storage CONNECTION_STRING]</c>: parse and
/// store recap files, folders or blobs; a line per article (a progress bar on a terminal) and a summary.
/// </summary>
internal static class IngestCommand
{
    private static readonly IngestOptions Limits = new();

    public static Command Create(CliServices services)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Recap files, folders of *.txt, *.md and *.html files, or with --storage blob:CONTAINER[/PREFIX].",
            Arity = ArgumentArity.OneOrMore,
        };
        var received = TimestampOption.Create("--received",
            "When the articles arrived; dates weekday-only and undated recaps. Default: each file's last write time (a blob's upload time).");
        var store = new StoreOptions();
        var command = new Command("ingest", "Parse recap articles and store their sessions; the same bytes again change nothing.") { paths, received };
        store.AddTo(command);

        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var hasBlobs = result.GetValue(store.Storage) is not null;
            if (!IngestInputs.TryExpand(result.GetRequiredValue(paths), result.GetValue(received), hasBlobs, out var files, out var blobs, out var problem))
            {
                await error.WriteLineAsync($"recaps ingest: {problem}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            var summary = new IngestSummary();
            return await store.RunAsync(result, services, async opened =>
            {
                var ingestor = new RecapIngestor(opened.Sessions, new RecapParser(), services.Time, Limits);
                var uploads = opened.Container is { } container
                    ? new BlobIngestor(ingestor, opened.Sessions, container(StoreOptions.RecapsContainer), Limits)
                    : null;
                var inputs = files;
                foreach (var (name, prefix) in blobs)
                {
                    inputs.AddRange(await IngestInputs.ListAsync(opened.Container!(name), prefix, cancellationToken).ConfigureAwait(false));
                }
                var context = new IngestContext(opened.Sessions, ingestor, uploads, Limits);
                await IngestRun.RunAsync(inputs, context, summary, output, services.Interactive, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync(summary.ToString()).ConfigureAwait(false);
                return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.BadInput;
            },
            // What was done before the failure is still reported.
            onStorageFailure: async () =>
            {
                if (summary.Total > 0)
                {
                    await output.WriteLineAsync(summary.ToString()).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
