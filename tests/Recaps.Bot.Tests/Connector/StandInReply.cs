namespace Recaps.Bot.Tests.Connector;

/// <summary>What the stand-in connector answers: a status, a JSON body, a Retry-After header.</summary>
internal sealed record StandInReply(int Status, string? Body = null, string? RetryAfter = null)
{
    public static StandInReply Ok(string id) => new(200, $$"""{"id":"{{id}}"}""");
}
