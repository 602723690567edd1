using Microsoft.Extensions.Logging;
using Recaps.Bot.Connector;
using Recaps.Bot.Conversations;
using Recaps.Bot.Delivery;
using Recaps.Bot.Hosting;
using Recaps.Bot.Protocol;
using Recaps.Core.Digest;
using Recaps.Core.Questions;
using Recaps.Functions.Handler;

namespace Recaps.Functions.Bot;

/// <summary>
/// The bot over the store, made on first use once the store is open (as <see cref="RecapPipeline"/> makes the
/// functions): the conversation logic for <c>/api/messages</c> and the digest delivery for the DailyDigest timer.
/// </summary>
internal sealed partial class BotPipeline(RecapPipeline pipeline, ConnectorClient connector, TimeProvider time, ILoggerFactory logging)
    : ITurnHandler, IDisposable
{
    /// <summary>Handled activity ids are kept this long: channels re-send within seconds or minutes, never days.</summary>
    public static readonly TimeSpan HandledActivitiesKept = TimeSpan.FromDays(2);

    /// <summary>Delivery records are kept this many days (only the latest digest is delivered; older ones are history).</summary>
    public const int DeliveriesKeptDays = 30;

    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(6);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger _logger = logging.CreateLogger<BotPipeline>();
    private Parts? _parts;
    private long _lastPrune = long.MinValue;

    public async Task<IReadOnlyList<Activity>> OnTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        var parts = await GetAsync(cancellationToken).ConfigureAwait(false);
        return await parts.Bot.OnTurnAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    public async Task ForgetAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Only a turn that ran can have been recorded, and then the parts exist.
        if (Volatile.Read(ref _parts) is { } parts)
        {
            await parts.Bot.ForgetAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends <paramref name="digest"/> to the subscriptions whose time has come; now and then forgets old activity ids
    /// and delivery records, so neither table grows without end.
    /// </summary>
    public async Task<DeliverySummary> DeliverAsync(DigestRecord digest, CancellationToken cancellationToken)
    {
        var parts = await GetAsync(cancellationToken).ConfigureAwait(false);
        var summary = await parts.Delivery.DeliverAsync(digest, cancellationToken).ConfigureAwait(false);
        var last = Interlocked.Read(ref _lastPrune);
        if ((last == long.MinValue || time.GetElapsedTime(last) >= PruneEvery)
            && Interlocked.CompareExchange(ref _lastPrune, time.GetTimestamp(), last) == last)
        {
            var pruned = await parts.Bot.PruneHandledActivitiesAsync(HandledActivitiesKept, cancellationToken).ConfigureAwait(false);
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var deliveries = await parts.Deliveries.PruneAsync(today.AddDays(-DeliveriesKeptDays), cancellationToken).ConfigureAwait(false);
            LogPruned(pruned, deliveries);
        }
        return summary;
    }

    private async Task<Parts> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _parts) is { } ready)
        {
            return ready;
        }
        // The functions open the store (and retry after a storage failure); the bot shares it.
        await pipeline.GetAsync(cancellationToken).ConfigureAwait(false);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_parts is null)
            {
                var store = pipeline.Store;
                var bot = new RecapBot(new AnswerService(store.Sessions, time), store.Sessions, store.Tables, time, logging.CreateLogger<RecapBot>());
                var deliveries = new DeliveryLog(store.Tables, time);
                var delivery = new DigestDelivery(
                    new Recaps.Bot.Subscriptions.SubscriptionStore(store.Tables), deliveries, connector, time, logging.CreateLogger<DigestDelivery>());
                Volatile.Write(ref _parts, new Parts(bot, delivery, deliveries));
            }
            return _parts;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Activities} handled activity ids older than two days and {Deliveries} delivery records older than 30 days")]
    private partial void LogPruned(int activities, int deliveries);

    private sealed record Parts(RecapBot Bot, DigestDelivery Delivery, DeliveryLog Deliveries);
}
