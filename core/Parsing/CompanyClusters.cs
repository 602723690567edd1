using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>
/// Groups every company name an article used into one identity per company, by bracketed short
/// names, tickers and <see cref="CompanyIdentity"/>; each group is named by its fullest form.
/// </summary>
internal static class CompanyClusters
{
    /// <summary>Groups every company name the article used into one identity per company.</summary>
    public static Dictionary<string, CompanyCluster> Build(List<MoveDraft> drafts)
    {
        var subjects = drafts.Where(d => d.Kind == InstrumentKind.Stock).Select(d => d.Subject).ToList();
        var surfaces = subjects.Select(s => s.Surface).Distinct(StringComparer.Ordinal).ToList();
        var parent = surfaces.ToDictionary(s => s, s => s, StringComparer.Ordinal);
        string Find(string s) => parent[s] == s ? s : parent[s] = Find(parent[s]);
        void Union(string a, string b) => parent[Find(a)] = Find(b);

        var tickers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in subjects)
        {
            if (s.Ticker is { } t)
            {
                var norm = CompanyIdentity.Ticker(t);
                if (tickers.TryGetValue(norm, out var other))
                {
                    Union(s.Surface, other);
                }
                else
                {
                    tickers[norm] = s.Surface;
                }
            }

            if (s.ShortName is { } shortName && parent.ContainsKey(shortName))
            {
                Union(shortName, s.Surface);
            }

            if (s.Ticker is { } code && code.IndexOf(':') is var colon and > 0 && parent.ContainsKey(code[(colon + 1)..]))
            {
                Union(code[(colon + 1)..], s.Surface);
            }
        }

        var forms = surfaces.Select(s => new CompanyIdentity.NameForm(s)).ToList();
        for (var i = 0; i < surfaces.Count; i++)
        {
            for (var j = i + 1; j < surfaces.Count; j++)
            {
                if (CompanyIdentity.Same(forms[i], forms[j]))
                {
                    Union(surfaces[i], surfaces[j]);
                }
            }
        }

        var clusters = new Dictionary<string, CompanyCluster>(StringComparer.Ordinal);
        var subjectsBySurface = subjects.ToLookup(s => s.Surface, StringComparer.Ordinal);
        foreach (var group in surfaces.GroupBy(Find))
        {
            var members = group.ToList();
            var name = members.OrderBy(m => m.All(c => !char.IsLower(c)) ? 1 : 0)
                .ThenByDescending(m => m.Split(' ').Length).ThenByDescending(m => m.Length).First();
            var cluster = new CompanyCluster { Name = name };
            foreach (var m in members.Where(m => m != name))
            {
                cluster.Aliases.Add(m);
            }

            foreach (var s in members.SelectMany(m => subjectsBySurface[m]))
            {
                if (s.Ticker is { } t && !cluster.Aliases.Contains(t))
                {
                    cluster.Aliases.Add(t);
                    cluster.TickerVenue ??= TickerVenue(t);
                }

                if (s.ShortName is { } sn && sn != name && !cluster.Aliases.Contains(sn))
                {
                    cluster.Aliases.Add(sn);
                }
            }

            foreach (var m in members)
            {
                if (CompanyIdentity.WithoutShareClass(m) is { } plain && plain != name && !cluster.Aliases.Contains(plain))
                {
                    cluster.Aliases.Add(plain);
                }
            }

            foreach (var m in members)
            {
                clusters[m] = cluster;
            }
        }

        return clusters;
    }

    /// <summary>Where a ticker trades: "00981" Hong Kong, "603906" Shanghai, "300875" Shenzhen, "9984.T" Tokyo.</summary>
    internal static string? TickerVenue(string ticker)
    {
        var t = ticker.ToUpperInvariant();
        if (t.StartsWith("DE:", StringComparison.Ordinal))
        {
            return "DE";
        }

        if (t.StartsWith("ASX:", StringComparison.Ordinal))
        {
            return "ASX";
        }

        if (t.StartsWith("LON:", StringComparison.Ordinal) || t.EndsWith(".L", StringComparison.Ordinal))
        {
            return "LSE";
        }

        var suffix = t.LastIndexOf('.') is var dot and > 0 ? t[(dot + 1)..] : string.Empty;
        switch (suffix)
        {
            case "T":
                return "JP";
            case "HK":
                return "HK";
            case "SS":
                return "SH";
            case "SZ":
                return "SZ";
            case "KS" or "KQ":
                return "KR";
            case "O" or "N":
                return "US";
            case "SI":
                return "SG";
            case "NS":
                return "NSE";
            case "BO":
                return "BSE";
        }

        if (!t.All(char.IsAsciiDigit))
        {
            return null;
        }

        return t.Length switch
        {
            4 or 5 => "HK",
            6 when t[0] == '6' || t.StartsWith("688", StringComparison.Ordinal) => "SH",
            6 when t[0] is '0' or '3' => "SZ",
            _ => null,
        };
    }
}
