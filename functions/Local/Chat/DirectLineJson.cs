using System.Text.Json.Serialization;
using Recaps.Bot.Protocol;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// The local channel's JSON, with the protocol's conventions (camelCase, nulls left out, as <see cref="BotJson"/>);
/// source-generated, as everything on the app's request paths is.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DirectLineConversation))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(StartConversationRequest))]
internal sealed partial class DirectLineJson : JsonSerializerContext;
