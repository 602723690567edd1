namespace Recaps.Core.Parsing;

/// <summary>A word, number, unit or mark of a sentence; <see cref="Lower"/> is precomputed for lookups.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, string Lower, decimal Value, int Decimals, int Start, int End, WordFlags Flags = WordFlags.None)
{
    public bool Has(WordFlags flag) => (Flags & flag) != 0;

    /// <summary>Stands for "no token" past either end of a sentence.</summary>
    public static Token None { get; } = new(TokenKind.Punct, string.Empty, string.Empty, 0, 0, 0, 0);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsAllCaps => Kind == TokenKind.Word && Text.Length > 1 && Text.All(c => !char.IsLower(c)) && Text.Any(char.IsLetter);

    public bool Is(string lower) => Lower == lower;

    public bool IsPunct(char c) => Kind == TokenKind.Punct && Text.Length == 1 && Text[0] == c;

    public override string ToString() => Text;
}
