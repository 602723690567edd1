using Recaps.Core.Model;

namespace Recaps.Core.Storage.Sessions;

/// <summary>One market's session on one date, with every recap that reported it.</summary>
public sealed record StoredSession(DateOnly Date, string Market, SessionKind Kind, IReadOnlyList<ArticleRef> Articles, int Moves);
