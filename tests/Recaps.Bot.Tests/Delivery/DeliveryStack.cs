using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Recaps.Bot.Connector;
using Recaps.Bot.Delivery;
using Recaps.Bot.Protocol;
using Recaps.Bot.Subscriptions;
using Recaps.Bot.Tests.Connector;
using Recaps.Core.Digest;
using Recaps.Core.Storage.Sqlite;

namespace Recaps.Bot.Tests.Delivery;

/// <summary>
/// One bot instance's delivery over an embedded store folder: open it again over the same folder to stand for a
/// restart or a second instance. Deletes the folder when disposed.
/// </summary>
internal sealed class DeliveryStack : IDisposable
{
    public static readonly DigestRecord Digest = new(
        new DateOnly(2025, 5, 21), "Hong Kong\n  Hang Seng 23,827.78 +1.5%", ["HK"], new DateTimeOffset(2025, 5, 21, 9, 0, 0, TimeSpan.Zero));

    private readonly bool _ownsFolder;

    private DeliveryStack(string folder, bool ownsFolder, TimeProvider clock, TrustedServiceUrls trust, IBotTokenProvider tokens, DeliveryOptions? options)
    {
        Folder = folder;
        _ownsFolder = ownsFolder;
        var tables = new SqliteTableService(folder, clock);
        Subscriptions = new SubscriptionStore(tables);
        Log = new DeliveryLog(tables, clock);
        var connector = new ConnectorClient(new HttpClient(), tokens, trust, clock, NullLogger.Instance);
        Delivery = new DigestDelivery(Subscriptions, Log, connector, clock, NullLogger.Instance, options);
    }

    public string Folder { get; }

    public SubscriptionStore Subscriptions { get; }

    public DeliveryLog Log { get; }

    public DigestDelivery Delivery { get; }

    /// <summary>A development-mode instance (loopback allowed, no token) over a new folder.</summary>
    public static DeliveryStack Create(TestClock clock, DeliveryOptions? options = null, TrustedServiceUrls? trust = null, IBotTokenProvider? tokens = null) =>
        new(Directory.CreateTempSubdirectory("recaps-delivery-").FullName, ownsFolder: true, clock,
            trust ?? new TrustedServiceUrls(BotSettings.Development), tokens ?? new FakeTokens(null), options);

    /// <summary>Another instance over this one's folder, as after a restart.</summary>
    public DeliveryStack Reopen(TestClock clock, DeliveryOptions? options = null) =>
        new(Folder, ownsFolder: false, clock, new TrustedServiceUrls(BotSettings.Development), new FakeTokens(null), options);

    public async Task<string> SubscribeAsync(string serviceUrl, string name, string deliverAt, string timeZone, DateTimeOffset? subscribedAt = null)
    {
        var conversation = $"conv-{name}";
        var key = ConversationKey.Of("webchat", conversation);
        var reference = new ConversationReference
        {
            ServiceUrl = serviceUrl,
            ChannelId = "webchat",
            Bot = new ChannelAccount { Id = "recaps-bot", Name = "Recaps" },
            User = new ChannelAccount { Id = $"user-{name}" },
            Conversation = new ConversationAccount { Id = conversation },
            Locale = "en-GB",
        };
        var subscription = new Subscription(
            key, reference, TimeOnly.Parse(deliverAt, System.Globalization.CultureInfo.InvariantCulture), timeZone,
            subscribedAt ?? new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero));
        await Subscriptions.SubscribeAsync(subscription);
        return key;
    }

    public void Dispose()
    {
        if (!_ownsFolder)
        {
            return;
        }
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is not worth failing a test over.
        }
    }
}
