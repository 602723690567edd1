namespace Recaps.Core.Parsing;

/// <summary>One sentence (or headline, or list line) of a recap, with where it stands.</summary>
internal sealed record Sentence(string Text, int Paragraph, bool IsHeading, bool IsTitleCase, bool IsBullet, string? Section)
{
    private List<Token>? tokens;

    /// <summary>
    /// Tokenized once and kept until <see cref="Release"/>: the opening sentences are read three times
    /// (market, date, moves), while a long upload holds only the sentences not yet read.
    /// </summary>
    public List<Token> Tokens => tokens ??= Tokenizer.Tokenize(Text);

    public void Release() => tokens = null;
}
