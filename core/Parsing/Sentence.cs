namespace Recaps.Core.Parsing;

/// <summary>One sentence (or headline, or list line) of a recap, with where it stands.</summary>
internal sealed record Sentence(string Text, int Paragraph, bool IsHeading, bool IsTitleCase, bool IsBullet, string? Section);
