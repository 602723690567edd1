using System.Text.Json;
using Recaps.Bot.Protocol;

namespace Recaps.Bot.Hosting;

/// <summary>What <c>POST /api/messages</c> answers: a status and, for errors and inline replies, a JSON body.</summary>
public sealed record BotResponse(int Status, byte[]? Json = null)
{
    public static BotResponse Ok { get; } = new(200);

    /// <summary>A JSON error in the connector's shape, <c>{"error":{"code","message"}}</c>, for people and logs; never exception text.</summary>
    public static BotResponse Error(int status, string code, string message) =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(ErrorResponse.Of(code, message), BotJson.Default.ErrorResponse));
}
