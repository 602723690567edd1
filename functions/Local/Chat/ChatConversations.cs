using System.Security.Cryptography;
using Recaps.Bot.Protocol;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// The local channel's conversations, in memory: this emulates a channel for the one developer at the keyboard, it
/// is not the bot's state. A conversation idle for <see cref="ChatOptions.ConversationIdle"/> is gone (as Direct
/// Line's expire), and past <see cref="ChatOptions.MaxConversations"/> the least recently used one makes room.
/// </summary>
internal sealed class ChatConversations(ChatOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ChatConversation> _conversations = new(StringComparer.Ordinal);

    public int Count
    {
        get { lock (_gate) { return _conversations.Count; } }
    }

    public ChatConversation Create(ChannelAccount user)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            foreach (var expired in _conversations.Values.Where(c => IsExpired(c, now)).ToList())
            {
                _conversations.Remove(expired.Id);
            }
            while (_conversations.Count >= options.MaxConversations)
            {
                _conversations.Remove(_conversations.Values.MinBy(c => c.LastUsed)!.Id);
            }
            // Unguessable, as a real channel's are: the id is the only key to a conversation here.
            var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
            var conversation = new ChatConversation(id, user, options.MaxActivitiesPerConversation, now);
            _conversations.Add(id, conversation);
            return conversation;
        }
    }

    /// <summary>The live conversation <paramref name="id"/>, marked as used now; null when unknown or expired.</summary>
    public ChatConversation? Find(string id)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_conversations.TryGetValue(id, out var conversation))
            {
                return null;
            }
            if (IsExpired(conversation, now))
            {
                _conversations.Remove(id);
                return null;
            }
            conversation.Touch(now);
            return conversation;
        }
    }

    private bool IsExpired(ChatConversation conversation, DateTimeOffset now) => now - conversation.LastUsed >= options.ConversationIdle;
}
