namespace Recaps.Core.Storage.Tables;

/// <summary>One action on a named table, for writes that span tables.</summary>
public sealed record TableWrite(string Table, TableAction Action);
