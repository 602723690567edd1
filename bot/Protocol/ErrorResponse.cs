namespace Recaps.Bot.Protocol;

/// <summary>
/// The Bot Connector's and Direct Line's error body, <c>{"error":{"code","message"}}</c> (PROTOCOLS.md 2.4): what the
/// bot endpoint and the local chat answer failures with.
/// </summary>
public sealed record ErrorResponse(ErrorBody Error)
{
    public static ErrorResponse Of(string code, string message) => new(new ErrorBody(code, message));
}
