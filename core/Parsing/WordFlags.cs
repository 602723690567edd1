namespace Recaps.Core.Parsing;

/// <summary>What the lexicon knows about a word, looked up once when the word is tokenized.</summary>
[Flags]
internal enum WordFlags
{
    None = 0,
    Up = 1 << 0,
    Down = 1 << 1,
    Flat = 1 << 2,
    Mixed = 1 << 3,
    NonMove = 1 << 4,
    SectorHead = 1 << 5,
    SectorWord = 1 << 6,
    CuePhraseStart = 1 << 7,
    PeriodStart = 1 << 8,
    CatalogStart = 1 << 9,
    VenueStart = 1 << 10,
    Number = 1 << 11,
    Cue = Up | Down | Flat | Mixed,
}
