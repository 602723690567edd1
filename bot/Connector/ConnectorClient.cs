using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Recaps.Bot.Protocol;

namespace Recaps.Bot.Connector;

/// <summary>
/// Sends activities to a channel's connector (PROTOCOLS.md 2.4): a reply when <see cref="Activity.ReplyToId"/> is
/// set, else a message to the conversation. Thread-safe and meant to live as long as the app. A serviceUrl that is
/// neither trusted nor allowed (<see cref="TrustedServiceUrls"/>) is refused before anything is sent; the bot's
/// token goes nowhere else.
/// </summary>
/// <remarks>
/// Retries 429, 412, 500, 502, 503, 504 and connection failures with exponential backoff and jitter, waiting at
/// least what Retry-After asks, within <see cref="ConnectorOptions"/>. A request that times out is not retried: the
/// connector may have posted it, and a second copy in the chat is worse than a late error.
/// </remarks>
public sealed partial class ConnectorClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly IBotTokenProvider _tokens;
    private readonly TrustedServiceUrls _trust;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConnectorOptions _options;

    public ConnectorClient(HttpClient http, IBotTokenProvider tokens, TrustedServiceUrls trust, TimeProvider time, ILogger logger, ConnectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(trust);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options ?? new ConnectorOptions();
        _options.Validate();
        (_http, _tokens, _trust, _time, _logger) = (http, tokens, trust, time, logger);
    }

    /// <summary>Where this client may send; proactive senders check a stored serviceUrl against it first.</summary>
    public TrustedServiceUrls Trust => _trust;

    /// <summary>
    /// Posts <paramref name="activity"/> to its serviceUrl and conversation; the connector's id for it, which some
    /// channels leave out. <see cref="ConnectorException"/> when refused or failed.
    /// </summary>
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ActivitiesUri(activity.ServiceUrl, activity.Conversation?.Id, activity.ReplyToId);
        return PostAsync(uri, activity, _options.MaxRetries, cancellationToken);
    }

    /// <summary>Shows "typing…" in the conversation; one attempt, since a late typing indicator is no use.</summary>
    public async Task SendTypingAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var typing = reference.CreateActivity(ActivityTypes.Typing);
        var uri = ActivitiesUri(typing.ServiceUrl, typing.Conversation?.Id, replyToId: null);
        await PostAsync(uri, typing, maxRetries: 0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}], ids escaped (Teams ids hold ':', ';', '@').</summary>
    internal static Uri ActivitiesUri(string? serviceUrl, string? conversationId, string? replyToId)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var service))
        {
            throw new ArgumentException($"The activity's serviceUrl '{serviceUrl}' is not an absolute URL.", nameof(serviceUrl));
        }
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var path = $"{service.GetLeftPart(UriPartial.Path).TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return new Uri(string.IsNullOrEmpty(replyToId) ? path : $"{path}/{Uri.EscapeDataString(replyToId)}");
    }

    private async Task<ResourceResponse> PostAsync(Uri uri, Activity activity, int maxRetries, CancellationToken cancellationToken)
    {
        if (!_trust.IsAllowed(activity.ServiceUrl))
        {
            LogRefused(uri.Host);
            throw new ConnectorException($"Refused to send to {uri.Host}: the serviceUrl is neither trusted nor on the allow-list.")
            {
                ErrorCode = ConnectorException.UntrustedServiceUrl,
            };
        }
        var body = ActivityJson.Write(activity);
        var started = _time.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            var token = _trust.SendsTokens ? await TokenAsync(cancellationToken).ConfigureAwait(false) : null;
            ConnectorException failure;
            try
            {
                using var response = await SendOnceAsync(uri, body, token, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return await ReadResourceAsync(response, cancellationToken).ConfigureAwait(false);
                }
                failure = await ConnectorErrors.ReadAsync(response, _time, cancellationToken).ConfigureAwait(false);
                if (!ConnectorErrors.IsTransient(response.StatusCode))
                {
                    throw failure;
                }
            }
            catch (HttpRequestException ex)
            {
                failure = new ConnectorException($"The connector at {uri.Host} could not be reached: {ex.Message}", ex);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ConnectorException($"The connector at {uri.Host} did not answer within {_options.AttemptTimeout.TotalSeconds:0.#} s.", ex);
            }
            var delay = Backoff(attempt, failure.RetryAfter);
            if (attempt >= maxRetries || _time.GetElapsedTime(started) + delay > _options.Budget)
            {
                throw failure;
            }
            LogRetrying(uri.Host, (int?)failure.StatusCode, attempt + 1, (long)delay.TotalMilliseconds);
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(Uri uri, byte[] body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        // Wall clock on purpose: this bounds a request on the network, and a test's stopped clock must not.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.AttemptTimeout);
        return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
    }

    private async Task<string?> TokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (AuthenticationFailedException ex)
        {
            throw new ConnectorException($"No Bot Connector token: {ex.Message}", ex);
        }
    }

    private static async Task<ResourceResponse> ReadResourceAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Direct Line and some channels answer 200 with an empty body: the send still worked.
            return bytes.Length == 0 ? new ResourceResponse(null) : JsonSerializer.Deserialize(bytes, BotJson.Default.ResourceResponse) ?? new ResourceResponse(null);
        }
        catch (JsonException)
        {
            return new ResourceResponse(null);
        }
    }

    private TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        var exponential = _options.BaseDelay * Math.Pow(2, attempt);
        var capped = exponential < _options.MaxDelay ? exponential : _options.MaxDelay;
        var jittered = capped * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return retryAfter is { } asked && asked > jittered ? asked : jittered;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused to send to {Host}: the serviceUrl is neither trusted nor on the allow-list")]
    private partial void LogRefused(string host);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Host} answered {Status}; retry {Retry} in {DelayMs} ms")]
    private partial void LogRetrying(string host, int? status, int retry, long delayMs);
}
