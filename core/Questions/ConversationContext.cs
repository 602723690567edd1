using System.Text.Json;
using System.Text.Json.Serialization;

namespace Recaps.Core.Questions;

/// <summary>
/// What the previous answer was about, so "and yesterday?", "what about Geely?" and "why?" can be answered.
/// A small value the caller keeps between questions (the bot stores it per conversation) as JSON.
/// </summary>
public sealed record ConversationContext
{
    public static ConversationContext Empty { get; } = new();

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>What kind of question was answered.</summary>
    public QuestionIntent? Intent { get; init; }

    /// <summary>The instruments the answer was about (store keys).</summary>
    public IReadOnlyList<string> Instruments { get; init; } = [];

    /// <summary>The session date the answer spoke of.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The market it was about, when one.</summary>
    public string? Market { get; init; }

    /// <summary>Whether the user named the date (a follow-up about another instrument keeps it then).</summary>
    public bool DateAsked { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The context in <paramref name="json"/>, or <see cref="Empty"/> when it is missing or not a context.</summary>
    public static ConversationContext FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Empty;
        }
        try
        {
            return JsonSerializer.Deserialize<ConversationContext>(json, Json) ?? Empty;
        }
        catch (JsonException)
        {
            // A stale or damaged context only costs the follow-up, never the question.
            return Empty;
        }
    }
}
