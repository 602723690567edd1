using Recaps.Core.Ingest;
using Recaps.Core.Storage;
using Spectre.Console;

namespace Recaps.Functions.Cli;

/// <summary>
/// Ingests the inputs in parallel (parsing is the CPU work; the store serialises its own writes), reporting a
/// line per article, or on a terminal a progress bar and only what needs attention.
/// </summary>
internal static class IngestRun
{
    public static async Task RunAsync(
        List<IngestInput> inputs, IngestContext context, IngestSummary summary, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        if (!interactive)
        {
            await IngestAllAsync(inputs, context, summary, (line, _) => output.WriteLine(line), null, cancellationToken).ConfigureAwait(false);
            return;
        }
        // The caller decided a person is watching; do not let Spectre second-guess it from the writer.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.Yes });
        await console.Progress().AutoClear(false).StartAsync(async progress =>
        {
            var task = progress.AddTask("Ingesting", maxValue: Math.Max(1, inputs.Count));
            await IngestAllAsync(inputs, context, summary, (line, attention) =>
            {
                if (attention)
                {
                    console.MarkupLineInterpolated($"[yellow]{line}[/]");
                }
            }, task, cancellationToken).ConfigureAwait(false);
            task.Value = task.MaxValue;
        }).ConfigureAwait(false);
    }

    private static async Task IngestAllAsync(
        List<IngestInput> inputs, IngestContext context, IngestSummary summary, Action<string, bool> report, ProgressTask? progress, CancellationToken cancellationToken)
    {
        var gate = new Lock();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(inputs, options, async (input, token) =>
        {
            var (line, attention) = await IngestOneAsync(input, context, summary, token).ConfigureAwait(false);
            lock (gate)
            {
                if (line is not null)
                {
                    report(line, attention);
                }
                progress?.Increment(1);
            }
        }).ConfigureAwait(false);
    }

    // Problems with one article are reported and counted; a storage failure stops the run (the caller reports it).
    private static async Task<(string? Line, bool Attention)> IngestOneAsync(IngestInput input, IngestContext context, IngestSummary summary, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await input.IngestAsync(context, cancellationToken).ConfigureAwait(false);
            if (outcome is null)
            {
                return (null, false);
            }
            summary.Add(outcome);
            return (IngestSummary.Line(outcome), outcome.Status == IngestStatus.Quarantined);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            summary.AddFailed();
            return ($"unreadable  {input.Source}: {ex.Message.ReplaceLineEndings(" ")}", true);
        }
        catch (StorageException ex) when (ex.ErrorCode == "ArticleBusy")
        {
            summary.AddFailed();
            return ($"busy        {input.Source}: {ex.Message}", true);
        }
    }
}
