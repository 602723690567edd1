using System.Globalization;
using Recaps.Bot.Protocol;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// One conversation's transcript, in the order the channel saw the activities: the user's, then the bot's replies.
/// A watermark is the number of activities ever added, so it stays valid when old ones are dropped for space.
/// </summary>
internal sealed class ChatConversation(string id, ChannelAccount user, int capacity, DateTimeOffset now)
{
    private readonly Lock _gate = new();
    private readonly List<Activity?> _activities = [];
    private int _dropped;

    public string Id { get; } = id;

    /// <summary>The user the conversation was started for (the channel's own when the client did not say).</summary>
    public ChannelAccount User { get; } = user;

    public DateTimeOffset LastUsed
    {
        get { lock (_gate) { return field; } }
        private set;
    } = now;

    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            LastUsed = now;
        }
    }

    /// <summary>Adds the activity <paramref name="make"/> builds around its new id ("{conversation}|0000001", as Direct Line's are).</summary>
    public (Activity Activity, int Position) Add(Func<string, Activity> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        lock (_gate)
        {
            var position = _dropped + _activities.Count;
            var activity = make(string.Create(CultureInfo.InvariantCulture, $"{Id}|{position:D7}"));
            _activities.Add(activity);
            if (_activities.Count > capacity)
            {
                _activities.RemoveAt(0);
                _dropped++;
            }
            return (activity, position);
        }
    }

    /// <summary>Takes back an activity the bot refused: the client was told it failed, so it must not appear.</summary>
    public void Withdraw(int position)
    {
        lock (_gate)
        {
            var index = position - _dropped;
            if (index >= 0 && index < _activities.Count)
            {
                _activities[index] = null;
            }
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> (all of them for 0) and the watermark to ask with next.</summary>
    public ActivitySet Since(int watermark)
    {
        lock (_gate)
        {
            var start = Math.Clamp(watermark - _dropped, 0, _activities.Count);
            var page = _activities.Skip(start).OfType<Activity>().ToList();
            return new ActivitySet(page, (_dropped + _activities.Count).ToString(CultureInfo.InvariantCulture));
        }
    }
}
