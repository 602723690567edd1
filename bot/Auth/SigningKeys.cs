using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Recaps.Bot.Auth;

/// <summary>
/// One fetch of an issuer's JWKS: the keys, and per key id the channels the key may sign for (Bot Connector keys
/// list them in <c>endorsements</c>, which <see cref="JsonWebKey"/> does not expose, so the raw JSON is read too).
/// </summary>
internal sealed record SigningKeys(IReadOnlyList<SecurityKey> Keys, FrozenDictionary<string, FrozenSet<string>> Endorsements, DateTimeOffset FetchedAt)
{
    /// <summary>Parses a JWKS document. Throws <see cref="JsonException"/> or <see cref="ArgumentException"/> when it is not one.</summary>
    public static SigningKeys Parse(string json, DateTimeOffset fetchedAt)
    {
        IReadOnlyList<SecurityKey> keys = [.. new JsonWebKeySet(json).GetSigningKeys()];
        var endorsements = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.TryGetProperty("keys", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var key in array.EnumerateArray())
            {
                if (key.ValueKind == JsonValueKind.Object
                    && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                    && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    endorsements[kid.GetString()!] = list.EnumerateArray()
                        .Where(item => item.ValueKind == JsonValueKind.String)
                        .Select(item => item.GetString()!)
                        .ToFrozenSet(StringComparer.Ordinal);
                }
            }
        }
        return new SigningKeys(keys, endorsements.ToFrozenDictionary(StringComparer.Ordinal), fetchedAt);
    }

    // Exact match, as the SDK's EndorsementsValidator. A key with no endorsements endorses nothing.
    public bool Endorses(string? keyId, string channelId) =>
        keyId is not null && Endorsements.TryGetValue(keyId, out var channels) && channels.Contains(channelId);
}
