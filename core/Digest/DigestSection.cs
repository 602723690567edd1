using Recaps.Core.Model;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Digest;

/// <summary>
/// One market's session in the digest. Every fact is a stored move of the session itself (no other span), so
/// it carries its figures as the recap gave them and the recap it came from.
/// </summary>
/// <param name="Market">The market's code (HK, CN, US...).</param>
/// <param name="Date">The session date.</param>
/// <param name="Kind">Which part of the day the recaps report (close, midday...).</param>
/// <param name="Indices">Index moves, in recap order.</param>
/// <param name="Gainers">The biggest stock gains by percentage (stocks without one after), one per instrument.</param>
/// <param name="Losers">The biggest stock losses, likewise.</param>
/// <param name="Sectors">The biggest sector moves up, then down.</param>
/// <param name="Reasons">Moves a recap gave a reason for: indices first, then by size; each reason once.</param>
/// <param name="Sources">Every recap of the session, in the order they arrived.</param>
public sealed record DigestSection(
    string Market,
    DateOnly Date,
    SessionKind Kind,
    IReadOnlyList<StoredMove> Indices,
    IReadOnlyList<StoredMove> Gainers,
    IReadOnlyList<StoredMove> Losers,
    IReadOnlyList<StoredMove> Sectors,
    IReadOnlyList<StoredMove> Reasons,
    IReadOnlyList<ArticleRef> Sources)
{
    /// <summary>The recaps gave no move of the session itself (only other spans).</summary>
    public bool IsEmpty => Indices.Count + Gainers.Count + Losers.Count + Sectors.Count + Reasons.Count == 0;
}
