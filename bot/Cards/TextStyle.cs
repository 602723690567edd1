namespace Recaps.Bot.Cards;

/// <summary>How a card's TextBlock looks.</summary>
internal enum TextStyle
{
    Normal,
    Title,
    Heading,
    Subtle,
}
