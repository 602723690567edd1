using System.Text;
using System.Text.Json;
using Recaps.Bot.Protocol;

namespace Recaps.Functions.Tests.Local.Chat;

/// <summary>The calls Web Chat's DirectLineJS makes when polling, over real HTTP to a local run.</summary>
internal sealed class DirectLineClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress };

    public Task<HttpResponseMessage> StartAsync(string? body = null) =>
        _http.PostAsync(new Uri("directline/conversations", UriKind.Relative), body is null ? null : Json(body));

    /// <summary>Starts a conversation and returns its id.</summary>
    public async Task<string> StartConversationAsync(string? body = null)
    {
        using var response = await StartAsync(body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("conversationId").GetString()!;
    }

    public Task<HttpResponseMessage> PostAsync(string conversationId, string activity) =>
        _http.PostAsync(new Uri($"directline/conversations/{Uri.EscapeDataString(conversationId)}/activities", UriKind.Relative), Json(activity));

    public Task<HttpResponseMessage> GetAsync(string conversationId, string? watermark) =>
        _http.GetAsync(new Uri($"directline/conversations/{Uri.EscapeDataString(conversationId)}/activities{(watermark is null ? "" : $"?watermark={watermark}")}", UriKind.Relative));

    /// <summary>The activities after <paramref name="watermark"/> and the next watermark.</summary>
    public async Task<(IReadOnlyList<Activity> Activities, string Watermark)> ActivitiesAsync(string conversationId, string? watermark = null)
    {
        using var response = await GetAsync(conversationId, watermark);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var activities = json.RootElement.GetProperty("activities").EnumerateArray()
            .Select(a => ActivityJson.Read(Encoding.UTF8.GetBytes(a.GetRawText()))).ToList();
        return (activities, json.RootElement.GetProperty("watermark").GetString()!);
    }

    public Task<HttpResponseMessage> ConnectorAsync(string path, string activity) => _http.PostAsync(new Uri(path, UriKind.Relative), Json(activity));

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public void Dispose() => _http.Dispose();
}
