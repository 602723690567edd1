using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Recaps.Core.Storage.Azure;

/// <summary>
/// Table Storage's SharedKeyLite: HMAC-SHA256 over <c>x-ms-date\n/{account}{path}[?comp=…]</c>
/// (PROTOCOLS 4.1). Runs on every attempt after <see cref="StorageHeadersPolicy"/> set the date.
/// </summary>
internal sealed class SharedKeyLitePolicy(string account, byte[] key) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.TryGetValue("x-ms-date", out var date);
        var toSign = StringToSign(date ?? "", account, request.Uri.ToUri());
        request.Headers.SetValue("Authorization", $"SharedKeyLite {account}:{Sign(key, toSign)}");
    }

    internal static string StringToSign(string date, string account, Uri uri)
    {
        var resource = $"/{account}{uri.AbsolutePath}";
        var comp = QueryParameters.Parse(uri.Query).FirstOrDefault(p => p.Name.Equals("comp", StringComparison.OrdinalIgnoreCase));
        return comp.Name is null ? $"{date}\n{resource}" : $"{date}\n{resource}?comp={comp.Value}";
    }

    internal static string Sign(byte[] key, string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
}
