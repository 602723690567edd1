using Recaps.Bot.Delivery;
using Recaps.Functions.Bot;
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

    /// <summary>
    /// DailyDigest: composes and records the latest session's digest (once per session date; printed when first recorded
    /// or revised) and delivers it to the local chat's subscriptions whose time has come.
    /// </summary>
    public static Func<CancellationToken, Task> Digest(RecapFunctions functions, BotPipeline bot, TimeProvider time, LocalConsole console)
    {
        // What this timer last printed: firing every five minutes, it should not repeat the same digest.
        string? printed = null;
        return async cancellationToken =>
        {
            var started = time.GetUtcNow();
            var digest = await functions.DailyDigestAsync(cancellationToken).ConfigureAwait(false);
            if (digest is null)
            {
                console.Event("DailyDigest: no sessions stored yet, so no digest");
                return;
            }
            var delivery = await bot.DeliverAsync(digest, cancellationToken).ConfigureAwait(false);
            var delivered = Delivered(delivery);
            if (digest.ComposedAt >= started || printed != digest.Text)
            {
                var when = digest.ComposedAt >= started ? "recorded now" : $"recorded at {digest.ComposedAt:yyyy-MM-dd HH:mm:ss}Z";
                console.Event($"DailyDigest: the digest of {digest.Date:yyyy-MM-dd} ({when}){delivered}:");
                console.Line(digest.Text.TrimEnd());
                printed = digest.Text;
            }
            else if (delivered.Length > 0)
            {
                // Every few minutes the timer finds nothing new to say; only deliveries are news then.
                console.Event($"DailyDigest: the digest of {digest.Date:yyyy-MM-dd}{delivered}");
            }
        };
    }

    private static string Delivered(DeliverySummary delivery)
    {
        var parts = new List<string>();
        if (delivery.Sent > 0)
        {
            parts.Add($"sent to {delivery.Sent} subscribed conversation{(delivery.Sent == 1 ? "" : "s")}");
        }
        if (delivery.RetryLater + delivery.Failed > 0)
        {
            parts.Add($"{delivery.RetryLater + delivery.Failed} to retry");
        }
        if (delivery.Unsubscribed > 0)
        {
            parts.Add($"{delivery.Unsubscribed} gone, unsubscribed");
        }
        return parts.Count == 0 ? "" : ", " + string.Join(", ", parts);
    }
}
