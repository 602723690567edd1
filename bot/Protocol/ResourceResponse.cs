namespace Recaps.Bot.Protocol;

/// <summary>What the connector returns for a sent activity: its id.</summary>
public sealed record ResourceResponse(string? Id);
