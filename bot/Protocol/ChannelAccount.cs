namespace Recaps.Bot.Protocol;

/// <summary>A user or bot on a channel: <c>from</c>, <c>recipient</c>, the members of a conversation update.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>"user" or "bot", when the channel says.</summary>
    public string? Role { get; init; }

    /// <summary>The Entra object id of a Teams user.</summary>
    public string? AadObjectId { get; init; }
}
