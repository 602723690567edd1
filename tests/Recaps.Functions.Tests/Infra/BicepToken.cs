namespace Recaps.Functions.Tests.Infra;

/// <summary>
/// One token of a Bicep file: an identifier, number, string, punctuation character or line break, with its place
/// in the file. <see cref="Value"/> is a string's content when it has no interpolation (null otherwise); for other
/// kinds it is the token's text.
/// </summary>
internal sealed record BicepToken(BicepTokenKind Kind, string Text, string? Value, int Start, int Line)
{
    public bool Is(string text) => Kind != BicepTokenKind.String && Text == text;

    public bool IsString => Kind == BicepTokenKind.String;

    public override string ToString() => $"{Kind} {Text} (line {Line})";
}
