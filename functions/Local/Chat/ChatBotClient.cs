using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Recaps.Bot.Protocol;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// Delivers activities to the bot as a channel does: the activity as JSON in a POST to its messages endpoint; a 2xx
/// (the bot answers 200 or 202) is accepted. No Authorization header: the bot runs in local development mode.
/// </summary>
internal sealed class ChatBotClient(HttpClient http, ChatAddress address)
{
    /// <summary>Null when the bot accepted the activity.</summary>
    public async Task<BotRefusal?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var bot = address.BotUrl;
        using var content = new ByteArrayContent(ActivityJson.Write(activity));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        try
        {
            using var response = await http.PostAsync(bot, content, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? null : new BotRefusal(StatusCodes.Status502BadGateway, ErrorResponse.Of(
                "BotRejectedActivity", $"The bot at {bot} answered {(int)response.StatusCode} {response.ReasonPhrase}."));
        }
        catch (HttpRequestException ex)
        {
            return new BotRefusal(StatusCodes.Status502BadGateway, ErrorResponse.Of("BotError", $"The bot at {bot} cannot be reached: {ex.Message}"));
        }
        catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException)
        {
            return new BotRefusal(StatusCodes.Status504GatewayTimeout, ErrorResponse.Of(
                "BotTimeout", $"The bot at {bot} did not answer within {http.Timeout.TotalSeconds:0} s."));
        }
    }
}
