using System.CommandLine;
using Recaps.Core.Ingest;
using Recaps.Core.Parsing;
using Recaps.Core.Storage;
using Spectre.Console;

namespace Recaps.Functions.Cli;

/// <summary>
/// <c>recaps ingest PATH... [--received ISO-8601] [--data DIR]</c>: parse and store recap files and folders,
/// a line per article (a progress bar on a terminal) and a summary.
/// </summary>
internal static class IngestCommand
{
    private static readonly IngestOptions Limits = new();

    public static Command Create(CliServices services)
    {
        var paths = new Argument<string[]>("path") { Description = "Recap files, or folders of *.txt, *.md and *.html files.", Arity = ArgumentArity.OneOrMore };
        var received = TimestampOption.Create("--received",
            "When the articles arrived; dates weekday-only and undated recaps. Default: each file's last write time.");
        var store = new StoreOptions();
        var command = new Command("ingest", "Parse recap articles and store their sessions; the same bytes again change nothing.") { paths, received };
        store.AddTo(command);

        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (!IngestInputs.TryExpand(result.GetRequiredValue(paths), result.GetValue(received), out var inputs, out var problem))
            {
                await error.WriteLineAsync($"recaps ingest: {problem}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            var summary = new IngestSummary();
            try
            {
                using var sessions = await store.OpenAsync(result, services, cancellationToken).ConfigureAwait(false);
                var ingestor = new RecapIngestor(sessions, new RecapParser(), services.Time, Limits);
                await RunAsync(inputs, ingestor, summary, output, services.Interactive, cancellationToken).ConfigureAwait(false);
            }
            catch (StorageException ex)
            {
                await output.WriteLineAsync(summary.ToString()).ConfigureAwait(false);
                await error.WriteLineAsync($"recaps ingest: storage failed: {ex.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            await output.WriteLineAsync(summary.ToString()).ConfigureAwait(false);
            return summary.Unreadable == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }

    private static async Task RunAsync(
        List<IngestInput> inputs, RecapIngestor ingestor, IngestSummary summary, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        if (!interactive)
        {
            await IngestAllAsync(inputs, ingestor, summary, line => output.WriteLine(line), null, cancellationToken).ConfigureAwait(false);
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        await console.Progress().AutoClear(false).StartAsync(async context =>
        {
            var task = context.AddTask("Ingesting", maxValue: inputs.Count);
            // Only what needs attention gets a line; the bar counts the rest.
            await IngestAllAsync(inputs, ingestor, summary, line => console.MarkupLineInterpolated($"[yellow]{line}[/]"), task, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private static async Task IngestAllAsync(
        List<IngestInput> inputs, RecapIngestor ingestor, IngestSummary summary, Action<string> report, ProgressTask? progress, CancellationToken cancellationToken)
    {
        var gate = new Lock();
        // Parsing is the CPU work and runs in parallel; the store serialises its own writes.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(inputs, options, async (input, token) =>
        {
            RecapDocument document;
            try
            {
                document = await input.ReadAsync(Limits.MaxArticleBytes, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                summary.AddUnreadable();
                lock (gate)
                {
                    report($"unreadable  {input.Source}: {ex.Message.ReplaceLineEndings(" ")}");
                    progress?.Increment(1);
                }
                return;
            }
            var outcome = await ingestor.IngestAsync(document, token).ConfigureAwait(false);
            summary.Add(outcome);
            lock (gate)
            {
                if (progress is null || outcome.Status == IngestStatus.Quarantined)
                {
                    report(IngestSummary.Line(outcome));
                }
                progress?.Increment(1);
            }
        }).ConfigureAwait(false);
    }
}
