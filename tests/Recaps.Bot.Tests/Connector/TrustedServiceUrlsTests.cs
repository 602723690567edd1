using Recaps.Bot.Connector;

namespace Recaps.Bot.Tests.Connector;

public sealed class TrustedServiceUrlsTests
{
    private static readonly BotSettings Production = new() { AppId = "bot-app-id", AppPassword = "secret", TenantId = "tenant-1" };

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("https://europe.directline.botframework.com/", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://smba.trafficmanager.net@evil.example/", false)]
    [InlineData("http://127.0.0.1:5000/", false)]
    [InlineData("not a url", false)]
    [InlineData(null, false)]
    public void IsAllowedForProactive_Production_AllowsOnlyHttpsOnDefaultHosts(string? serviceUrl, bool allowed)
    {
        Assert.Equal(allowed, new TrustedServiceUrls(Production).IsAllowedForProactive(serviceUrl));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("http://localhost:3978/", true)]
    [InlineData("http://[::1]:3978/", true)]
    [InlineData("http://192.168.1.10:3978/", false)]
    public void IsAllowedForProactive_Development_AllowsLoopbackHttp(string serviceUrl, bool allowed)
    {
        var trust = new TrustedServiceUrls(BotSettings.Development);

        Assert.Equal(allowed, trust.IsAllowedForProactive(serviceUrl));
        Assert.False(trust.SendsTokens);
    }

    [Fact]
    public void FromSettings_ExtraHosts_AllowsExactHostsAndSubdomainWildcards()
    {
        var trust = TrustedServiceUrls.FromSettings(Production, name =>
            name == TrustedServiceUrls.HostsSetting ? " bots.example.net, *.contoso.com " : null);

        Assert.True(trust.IsAllowedForProactive("https://bots.example.net/api/"));
        Assert.True(trust.IsAllowedForProactive("https://eu.contoso.com/"));
        Assert.False(trust.IsAllowedForProactive("https://contoso.com/"));
        Assert.False(trust.IsAllowedForProactive("https://other.example.net/"));
        Assert.True(trust.IsAllowedForProactive("https://smba.trafficmanager.net/amer/"));
    }

    [Fact]
    public void FromSettings_EntryThatIsNotAHost_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<FormatException>(() => TrustedServiceUrls.FromSettings(Production, _ => "https://bots.example.net/"));

        Assert.Contains(TrustedServiceUrls.HostsSetting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trust_AuthenticatedServiceUrl_AllowsItForRepliesButNotForProactive()
    {
        var trust = new TrustedServiceUrls(Production);

        Assert.True(trust.Trust("https://bots.fabrikam.example/eu/"));

        Assert.True(trust.IsAllowed("https://bots.fabrikam.example/other/"));
        Assert.False(trust.IsAllowedForProactive("https://bots.fabrikam.example/eu/"));
        Assert.False(trust.IsAllowed("http://bots.fabrikam.example/eu/"));
    }

    [Theory]
    [InlineData("http://10.0.0.4/")]
    [InlineData("ftp://bots.fabrikam.example/")]
    [InlineData("https://user@bots.fabrikam.example/")]
    public void Trust_UrlNoTokenShouldTravelTo_RecordsNothing(string serviceUrl)
    {
        var trust = new TrustedServiceUrls(Production);

        Assert.False(trust.Trust(serviceUrl));
        Assert.False(trust.IsAllowed(serviceUrl));
    }
}
