namespace Recaps.Core.Storage.Tables;

/// <summary>
/// One page of a query. A page may be empty and still have a continuation (Azure does that); only a null
/// <see cref="ContinuationToken"/> means the query is finished.
/// </summary>
public sealed record TablePage(IReadOnlyList<TableEntity> Entities, string? ContinuationToken);
