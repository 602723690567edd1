using Recaps.Bot.Auth;

namespace Recaps.Bot.Tests.Auth;

public sealed class ServiceUrlsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea", "https://smba.trafficmanager.net/emea/")]
    [InlineData("https://SMBA.TrafficManager.net/emea/", "https://smba.trafficmanager.net/emea")]
    public void Match_SameConnector_True(string claim, string serviceUrl) => Assert.True(ServiceUrls.Match(claim, serviceUrl));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/emea/", "http://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net.example.com/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net:444/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea//")]
    [InlineData("https://smba.trafficmanager.net/emea/", null)]
    [InlineData("", "")]
    public void Match_DifferentOrMissing_False(string? claim, string? serviceUrl) => Assert.False(ServiceUrls.Match(claim, serviceUrl));
}
