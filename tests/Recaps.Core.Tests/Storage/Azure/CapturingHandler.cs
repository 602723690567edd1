using System.Net;

namespace Recaps.Core.Tests.Storage.Azure;

/// <summary>An HttpClient handler that records each request's headers and answers with the given statuses in turn.</summary>
internal sealed class CapturingHandler(params HttpStatusCode[] statuses) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    public List<Dictionary<string, string>> Headers { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        Requests.Add(request);
        Headers.Add(headers);
        var status = statuses.Length == 0 ? HttpStatusCode.OK : statuses[Math.Min(Requests.Count - 1, statuses.Length - 1)];
        var response = new HttpResponseMessage(status) { Content = new StringContent("{\"value\":[]}") };
        response.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"e\"");
        return Task.FromResult(response);
    }
}
