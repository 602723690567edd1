using System.Net;
using System.Text;
using System.Text.Json;

namespace Recaps.Functions.Tests.Handler;

/// <summary>The bot endpoint, forwarded as raw HTTP (enableForwardingHttpRequest) at its original path.</summary>
public sealed class MessagesTests
{
    [Fact]
    public async Task Messages_ForwardedActivity_Is501WithAJsonError()
    {
        await using var handler = await HandlerHarness.SqliteAsync();
        using var activity = new StringContent("{\"type\":\"message\",\"text\":\"how did CATL do?\"}", Encoding.UTF8, "application/json");

        using var response = await handler.Client.PostAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("not_implemented", body.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Readiness_GetRoot_Is200()
    {
        await using var handler = await HandlerHarness.SqliteAsync();

        using var response = await handler.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
