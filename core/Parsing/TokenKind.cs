namespace Recaps.Core.Parsing;

internal enum TokenKind
{
    Word,
    Number,
    Percent,
    Currency,
    Ticker,
    Punct,
}
