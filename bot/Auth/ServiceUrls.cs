namespace Recaps.Bot.Auth;

/// <summary>Compares a token's <c>serviceurl</c> claim with the activity's serviceUrl.</summary>
internal static class ServiceUrls
{
    // The SDK compares the whole string ignoring case (ChannelValidation). We also forgive one trailing '/', since
    // "https://smba.trafficmanager.net/emea" and ".../emea/" name the same connector and channels differ in how they
    // write it; anything else (scheme, host, port, path) must agree.
    public static bool Match(string? claim, string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(claim) || string.IsNullOrWhiteSpace(serviceUrl))
        {
            return false;
        }
        return WithoutTrailingSlash(claim).Equals(WithoutTrailingSlash(serviceUrl), StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> WithoutTrailingSlash(string url) =>
        url.EndsWith('/') ? url.AsSpan(0, url.Length - 1) : url.AsSpan();
}
