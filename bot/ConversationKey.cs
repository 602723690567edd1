using System.Security.Cryptography;
using System.Text;

namespace Recaps.Bot;

/// <summary>
/// A conversation's table key: channel ids and conversation ids may hold characters keys cannot ('/', '#') and run
/// long (Teams), so the key is the channel id and a hash of both, stable across instances.
/// </summary>
public static class ConversationKey
{
    public static string Of(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}\n{conversationId}"));
        var channel = new string([.. channelId.Where(char.IsAsciiLetterOrDigit).Take(24)]);
        return $"{(channel.Length == 0 ? "channel" : channel)}-{Convert.ToHexStringLower(hash, 0, 16)}";
    }
}
