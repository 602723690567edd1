namespace Recaps.Bot.Protocol;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public bool? IsGroup { get; init; }

    /// <summary>Teams: "personal", "groupChat" or "channel".</summary>
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }
}
