namespace Recaps.Core.Instruments;

/// <summary>
/// A market index (or a named sub-index) with the names recaps use for it. Aliases marked
/// <see cref="ContextAliases"/> are only read as this index when the article is about its market
/// ("Tech Index" in a Hong Kong recap).
/// </summary>
public sealed record IndexDefinition(
    string Key,
    string Name,
    string Market,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ContextAliases,
    bool IsSector = false);
