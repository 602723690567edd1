namespace Recaps.Core.Model;

/// <summary>A trading session as one recap reports it: its date, its main market, and every move.</summary>
public sealed record MarketSession
{
    public required DateOnly Date { get; init; }
    public required DateBasis DateBasis { get; init; }
    public required string Market { get; init; }
    public SessionKind Kind { get; init; } = SessionKind.Close;
    public IReadOnlyList<Move> Moves { get; init; } = [];
}
