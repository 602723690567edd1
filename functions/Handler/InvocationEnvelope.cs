using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Recaps.Functions.Handler;

/// <summary>
/// The body the Functions host POSTs to <c>/{FunctionName}</c>: <c>{"Data": {binding: value}, "Metadata": {name: value}}</c>
/// (PROTOCOLS.md 1.3-1.6). Either part may be missing; anything else is a malformed envelope.
/// </summary>
internal sealed class InvocationEnvelope
{
    private InvocationEnvelope(JsonElement data, JsonElement metadata)
    {
        Data = data;
        Metadata = metadata;
    }

    /// <summary>One entry per input binding (the trigger), by binding name.</summary>
    public JsonElement Data { get; }

    /// <summary>The trigger's metadata (for a blob: Uri, name, Properties, Metadata) and <c>sys</c>.</summary>
    public JsonElement Metadata { get; }

    public static async Task<Decoded<InvocationEnvelope>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        JsonElement root;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken).ConfigureAwait(false);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return Decoded<InvocationEnvelope>.Fail($"the body is not JSON ({ex.Message}); expected {{\"Data\": {{...}}, \"Metadata\": {{...}}}}");
        }
        return Parse(root);
    }

    public static Decoded<InvocationEnvelope> Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Decoded<InvocationEnvelope>.Fail($"the body is a JSON {root.ValueKind.ToString().ToLowerInvariant()}; expected an object {{\"Data\": {{...}}, \"Metadata\": {{...}}}}");
        }
        var data = Part(root, "Data");
        var metadata = Part(root, "Metadata");
        var error = data.Error ?? metadata.Error;
        return error is null
            ? Decoded<InvocationEnvelope>.Ok(new InvocationEnvelope(data.Value, metadata.Value))
            : Decoded<InvocationEnvelope>.Fail(error);
    }

    /// <summary>The trigger's value: the binding of that name, else the only entry of Data; null when there is none.</summary>
    public JsonElement? Trigger(string binding)
    {
        if (EnvelopeValue.Property(Data, binding) is { } named)
        {
            return named;
        }
        JsonElement? only = null;
        foreach (var entry in Data.EnumerateObject())
        {
            if (only is not null)
            {
                return null;
            }
            only = entry.Value;
        }
        return only;
    }

    public JsonElement? MetadataValue(string name) => EnvelopeValue.Property(Metadata, name);

    private static (JsonElement Value, string? Error) Part(JsonElement root, string name)
    {
        var empty = EmptyObject();
        return EnvelopeValue.Property(root, name) switch
        {
            null or { ValueKind: JsonValueKind.Null } => (empty, null),
            { ValueKind: JsonValueKind.Object } value => (value, null),
            { } other => (empty, $"\"{name}\" is a JSON {other.ValueKind.ToString().ToLowerInvariant()}; expected an object"),
        };
    }

    private static JsonElement EmptyObject()
    {
        using var document = JsonDocument.Parse("{}");
        return document.RootElement.Clone();
    }
}
