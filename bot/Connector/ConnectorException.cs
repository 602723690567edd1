using System.Net;

namespace Recaps.Bot.Connector;

/// <summary>
/// A send the connector refused or that kept failing after the retries. The message is for logs, never for a chat
/// user; it holds no token.
/// </summary>
public sealed class ConnectorException : Exception
{
    /// <summary>The <see cref="ErrorCode"/> of a send refused before any request: the serviceUrl is not trusted.</summary>
    public const string UntrustedServiceUrl = "UntrustedServiceUrl";

    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The connector's answer; null when there was none (refused, unreachable, timed out, no token).</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>The code of the connector's <c>{"error":{"code","message"}}</c>, or <see cref="UntrustedServiceUrl"/>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>How long the connector asked us to wait (429/503 Retry-After), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The conversation is gone or the bot was removed from it (403/404): messaging it again is pointless.</summary>
    public bool IsConversationGone => StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
}
