using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Recaps.Core.Storage.Azure;

/// <summary>
/// Blob Storage's SharedKey (PROTOCOLS 5): the verb, twelve standard headers, the canonicalized x-ms-*
/// headers and the canonicalized resource with every query parameter. Runs on every attempt.
/// </summary>
internal sealed class SharedKeyPolicy(string account, byte[] key) : HttpPipelineSynchronousPolicy
{
    private static readonly string[] StandardHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var headers = request.Headers.Select(h => (h.Name, h.Value)).ToList();
        // The transport sets Content-Length from the content, after signing; sign the length it will send.
        if (!request.Headers.Contains("Content-Length") && request.Content is not null && request.Content.TryComputeLength(out var length))
        {
            headers.Add(("Content-Length", length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var toSign = StringToSign(request.Method.Method, headers, account, request.Uri.ToUri());
        request.Headers.SetValue("Authorization", $"SharedKey {account}:{SharedKeyLitePolicy.Sign(key, toSign)}");
    }

    internal static string StringToSign(string verb, IEnumerable<(string Name, string Value)> headers, string account, Uri uri)
    {
        var all = headers.ToList();
        string Header(string name) => all.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value ?? "";
        var builder = new StringBuilder(verb.ToUpperInvariant()).Append('\n');
        foreach (var name in StandardHeaders)
        {
            var value = Header(name);
            // Since 2015-02-21 a zero length is signed as empty; Date is empty whenever x-ms-date is sent.
            if (name == "Content-Length" && value == "0" || name == "Date" && Header("x-ms-date").Length > 0)
            {
                value = "";
            }
            builder.Append(value).Append('\n');
        }
        foreach (var (name, value) in all
            .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Name.ToLowerInvariant(), Value: h.Value.Trim()))
            .OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }
        builder.Append('/').Append(account).Append(uri.AbsolutePath);
        foreach (var group in QueryParameters.Parse(uri.Query)
            .GroupBy(p => p.Name.ToLowerInvariant())
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            builder.Append('\n').Append(group.Key).Append(':')
                .Append(string.Join(',', group.Select(p => p.Value).Order(StringComparer.Ordinal)));
        }
        return builder.ToString();
    }
}
