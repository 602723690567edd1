namespace Recaps.Core.Digest;

/// <summary>
/// The digest of one session date: a section for every market that had a session on <see cref="Date"/>.
/// </summary>
/// <param name="Date">The session date covered; null only when nothing is stored on or before <paramref name="AskedDate"/>.</param>
/// <param name="AskedDate">The date asked for, when one was; it differs from <paramref name="Date"/> when it had no session.</param>
/// <param name="Markets">One section per market, by market code.</param>
public sealed record MarketDigest(DateOnly? Date, DateOnly? AskedDate, IReadOnlyList<DigestSection> Markets)
{
    /// <summary>A date was asked for and had no session: the digest covers the nearest earlier one, if any.</summary>
    public bool IsEarlierThanAsked => AskedDate is { } asked && Date != asked;
}
