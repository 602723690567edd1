using Recaps.Core.Model;

namespace Recaps.Core.Storage.Sessions;

/// <summary>A move as stored: what the recap said, the session it belongs to, and the recap it came from.</summary>
public sealed record StoredMove(
    Move Move,
    string InstrumentKey,
    DateOnly Date,
    string Market,
    SessionKind SessionKind,
    ArticleRef Article,
    int Sequence);
