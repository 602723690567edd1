namespace Recaps.Bot.Protocol;

/// <summary>The HTTP response body for an activity sent with <c>deliveryMode: "expectReplies"</c>: the replies, inline.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
