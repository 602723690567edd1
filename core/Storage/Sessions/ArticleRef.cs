namespace Recaps.Core.Storage.Sessions;

/// <summary>The recap a stored fact comes from: its name (what answers cite), id, content version and arrival.</summary>
public sealed record ArticleRef(string Id, string Source, string Version, DateTimeOffset Received);
