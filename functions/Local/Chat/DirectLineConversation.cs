using System.Text.Json.Serialization;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// The answer to <c>POST /directline/conversations</c>. The token is a placeholder: the local channel has no secret to
/// protect, but Web Chat sends it back on every call as it would to the real service. No <c>streamUrl</c>: polling only.
/// </summary>
internal sealed record DirectLineConversation(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
