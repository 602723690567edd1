namespace Recaps.Core.Parsing;

/// <summary>A span of tokens that names something a figure may belong to.</summary>
internal sealed class Mention
{
    public required MentionKind Kind { get; init; }
    public required int Start { get; init; }
    public required int End { get; set; }
    public required string Surface { get; set; }

    /// <summary>Catalogue key for indices; the sector key for sectors.</summary>
    public string? Key { get; set; }

    /// <summary>Venue code for venue mentions, or the venue a ticker implies.</summary>
    public string? Venue { get; set; }

    /// <summary>The market this mention points at (for indices, sectors and market words).</summary>
    public string? Market { get; set; }

    public string? Ticker { get; set; }

    /// <summary>An alias the text introduces in brackets: "Contemporary Amperex ... (CATL)".</summary>
    public string? ShortName { get; set; }

    /// <summary>"Hang Seng's", "the FTSE 100 performers": names something else, not itself a subject.</summary>
    public bool IsModifier { get; set; }

    /// <summary>Stands after a preposition or as a verb's object: a subject only if a figure follows at once.</summary>
    public bool IsObject { get; set; }

    /// <summary>A descriptor before a name ("rival carmaker Great Wall Motor"): never a move of its own.</summary>
    public bool IsDescriptor { get; set; }

    /// <summary>Sectors coordinated with "and" share one direction.</summary>
    public int Coordination { get; set; } = -1;

    public override string ToString() => $"{Kind}:{Surface}";
}
