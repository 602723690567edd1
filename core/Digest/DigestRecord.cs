namespace Recaps.Core.Digest;

/// <summary>A digest as recorded for delivery: the session date it covers, its text, and when it was composed.</summary>
public sealed record DigestRecord(DateOnly Date, string Text, IReadOnlyList<string> Markets, DateTimeOffset ComposedAt);
