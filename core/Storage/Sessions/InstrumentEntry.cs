using Recaps.Core.Model;

namespace Recaps.Core.Storage.Sessions;

/// <summary>
/// What the store knows about one instrument: its key, the fullest name seen, and every name, alias and ticker
/// any recap used for it, with the venues and markets it moved in.
/// </summary>
public sealed record InstrumentEntry
{
    public required string Key { get; init; }
    public required InstrumentKind Kind { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Names { get; init; } = [];
    public IReadOnlyList<string> Venues { get; init; } = [];
    public IReadOnlyList<string> Markets { get; init; } = [];
}
