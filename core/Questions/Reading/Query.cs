using Recaps.Core.Model;
using Recaps.Core.Questions.Dates;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Questions.Reading;

/// <summary>What a question asks, read against the store's catalogue, the clock and the conversation.</summary>
internal sealed record Query
{
    public required QuestionIntent Intent { get; init; }

    /// <summary>The instruments named (or carried over from the conversation), in the order named.</summary>
    public IReadOnlyList<InstrumentEntry> Instruments { get; init; } = [];

    /// <summary>How the question named each instrument (by key), in the recaps' spelling: "CATL", not the full name.</summary>
    public IReadOnlyDictionary<string, string> Said { get; init; } = new Dictionary<string, string>();

    /// <summary>The instrument as the question named it.</summary>
    public string NameOf(InstrumentEntry instrument) => Said.GetValueOrDefault(instrument.Key) ?? instrument.Name;

    /// <summary>Names that matched several instruments: the answer asks which one.</summary>
    public IReadOnlyList<(string Said, IReadOnlyList<InstrumentEntry> Choices)> Ambiguous { get; init; } = [];

    /// <summary>A name no recap mentions, as the user wrote it.</summary>
    public string? Unknown { get; init; }

    /// <summary>A capitalised name asked about beside known ones that no recap mentions ("Alibaba" in "Tencent vs Alibaba").</summary>
    public string? Unmatched { get; init; }

    public DateQuery? Date { get; init; }

    /// <summary>The market asked about ("in Hong Kong"), or carried over.</summary>
    public string? Market { get; init; }

    public RankDirection Direction { get; init; } = RankDirection.Gainers;

    /// <summary>For rankings: stocks (default), indices or sectors.</summary>
    public InstrumentKind Kind { get; init; } = InstrumentKind.Stock;

    /// <summary>For rankings: the words a move's name or sentence must contain ("bank", "semiconductor", ...).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Categories { get; init; } = [];

    /// <summary>
    /// For rankings on a named index ("risers on the FTSE 100"): its names. Moves whose sentence names it are
    /// preferred; when none does, nothing is said (the index only said which market).
    /// </summary>
    public IReadOnlyList<string> Within { get; init; } = [];

    /// <summary>The market was inferred from a named index, not asked: when it has no session, every market is used.</summary>
    public bool MarketInferred { get; init; }

    /// <summary>For rankings: how many were asked for.</summary>
    public int? Count { get; init; }

    /// <summary>Whether the question itself named the date (not the conversation).</summary>
    public bool DateAsked { get; init; }
}
