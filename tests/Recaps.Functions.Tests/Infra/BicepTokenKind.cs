namespace Recaps.Functions.Tests.Infra;

/// <summary>What a <see cref="BicepToken"/> is, as far as the light tokenizer tells them apart.</summary>
internal enum BicepTokenKind
{
    Identifier,
    Number,
    String,
    Punctuation,
    Newline,
}
