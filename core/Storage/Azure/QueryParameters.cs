namespace Recaps.Core.Storage.Azure;

/// <summary>Splits a URL query into decoded name/value pairs, for canonicalizing signatures.</summary>
internal static class QueryParameters
{
    public static IEnumerable<(string Name, string Value)> Parse(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? "" : pair[(equals + 1)..];
            yield return (Uri.UnescapeDataString(name), Uri.UnescapeDataString(value.Replace('+', ' ')));
        }
    }
}
