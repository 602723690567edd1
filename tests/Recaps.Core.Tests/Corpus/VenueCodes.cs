namespace Recaps.Core.Tests.Corpus;

/// <summary>score.py's VENUES table and venue(): equivalent venue codes share a market.</summary>
internal static class VenueCodes
{
    private static readonly Dictionary<string, VenueKey> Table = new(StringComparer.Ordinal)
    {
        ["hk"] = new("hk", null), ["hkex"] = new("hk", null), ["hong kong"] = new("hk", null),
        ["cn"] = new("cn", null), ["sh"] = new("cn", "sh"), ["sse"] = new("cn", "sh"), ["shanghai"] = new("cn", "sh"),
        ["sz"] = new("cn", "sz"), ["szse"] = new("cn", "sz"), ["shenzhen"] = new("cn", "sz"),
        ["in"] = new("in", null), ["nse"] = new("in", "nse"), ["bse"] = new("in", "bse"),
        ["uk"] = new("uk", null), ["lse"] = new("uk", null), ["london"] = new("uk", null),
        ["au"] = new("au", null), ["asx"] = new("au", null),
        ["us"] = new("us", null), ["nyse"] = new("us", null), ["nasdaq"] = new("us", null),
        ["jp"] = new("jp", null), ["tse"] = new("jp", null), ["tokyo"] = new("jp", null),
        ["kr"] = new("kr", null), ["krx"] = new("kr", null),
        ["sg"] = new("sg", null), ["sgx"] = new("sg", null),
        ["de"] = new("de", null), ["xetra"] = new("de", null), ["frankfurt"] = new("de", null),
    };

    /// <summary>The venue's key, or null when the move gives no venue. Unknown codes are their own market.</summary>
    public static VenueKey? Of(string? venue)
    {
        var code = (venue ?? "").ToLowerInvariant().Trim();
        if (code.Length == 0)
        {
            return null;
        }

        return Table.TryGetValue(code, out var key) ? key : new VenueKey(code, null);
    }
}
