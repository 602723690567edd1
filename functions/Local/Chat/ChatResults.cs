using Microsoft.AspNetCore.Http;
using Recaps.Bot.Protocol;

namespace Recaps.Functions.Local.Chat;

/// <summary>The local channel's JSON answers, written with the source-generated <see cref="DirectLineJson"/>.</summary>
internal static class ChatResults
{
    public static IResult Error(int status, string code, string message) => Error(status, ErrorResponse.Of(code, message));

    public static IResult Error(int status, ErrorResponse error) => Results.Json(error, DirectLineJson.Default.ErrorResponse, statusCode: status);

    public static IResult Id(string id) => Results.Json(new ResourceResponse(id), DirectLineJson.Default.ResourceResponse);

    public static IResult NoConversation(string id) =>
        Error(StatusCodes.Status404NotFound, "ConversationNotFound", $"There is no conversation '{id}' (it may have expired after 30 minutes idle, or the local run restarted).");

    public static IResult TooLarge(int limit) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The activity is over {limit / 1024} KB.");
}
