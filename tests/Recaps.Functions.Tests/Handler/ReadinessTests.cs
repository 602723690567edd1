using System.Net;

namespace Recaps.Functions.Tests.Handler;

/// <summary>The host's readiness probe (the bot endpoint's tests are in Bot/MessagesEndpointTests).</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Readiness_GetRoot_Is200()
    {
        await using var handler = await HandlerHarness.SqliteAsync();

        using var response = await handler.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
