using Recaps.Functions.Pipeline;

namespace Recaps.Functions.Local;

/// <summary>What the local run's timers do: the same functions the Functions host fires, their results printed.</summary>
internal static class LocalTimers
{
    /// <summary>SweepRecaps: the inbox on the embedded store, the recaps container with blob storage.</summary>
    public static Func<CancellationToken, Task> Sweep(ILocalSweep sweep, LocalConsole console) => async cancellationToken =>
    {
        var summary = await sweep.SweepAsync(cancellationToken).ConfigureAwait(false);
        console.Event($"SweepRecaps: swept {sweep.Description}: {summary}");
    };

    /// <summary>DailyDigest: composes and records the latest session's digest (once per session date) and prints it; in Azure it goes to subscribed chats.</summary>
    public static Func<CancellationToken, Task> Digest(RecapFunctions functions, TimeProvider time, LocalConsole console) => async cancellationToken =>
    {
        var started = time.GetUtcNow();
        var digest = await functions.DailyDigestAsync(cancellationToken).ConfigureAwait(false);
        if (digest is null)
        {
            console.Event("DailyDigest: no sessions stored yet, so no digest");
            return;
        }
        var when = digest.ComposedAt >= started ? "recorded now" : $"recorded at {digest.ComposedAt:yyyy-MM-dd HH:mm:ss}Z";
        console.Event($"DailyDigest: the digest of {digest.Date:yyyy-MM-dd} ({when}):");
        console.Line(digest.Text.TrimEnd());
    };
}
