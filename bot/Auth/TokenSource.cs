namespace Recaps.Bot.Auth;

/// <summary>
/// One trusted issuer and the metadata that names its signing keys. Bot Connector tokens must also carry a
/// serviceurl and be signed by a key that endorses the activity's channel.
/// </summary>
internal sealed record TokenSource(string Issuer, Uri MetadataUrl, bool IsBotConnector);
