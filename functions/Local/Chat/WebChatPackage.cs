namespace Recaps.Functions.Local.Chat;

/// <summary>
/// The Web Chat client the chat page runs: one file (<see cref="Entry"/>) out of the npm package's tarball, checked
/// against the integrity npm records for it, so a changed or tampered download is never served.
/// </summary>
internal sealed record WebChatPackage(string Version, Uri Tarball, string Integrity, string Entry)
{
    /// <summary>botframework-webchat 4.18.1: the last release that ships the UMD bundle the page loads with a script tag.</summary>
    public static WebChatPackage Pinned { get; } = new(
        "4.18.1",
        new Uri("https://registry.npmjs.org/botframework-webchat/-/botframework-webchat-4.18.1.tgz"),
        "sha512-7jpEUJ7olT62Xm+8eh7BhhIcXVfU2xD4pZDaeBt8K4XcNy6K/83UGIxE9BFkXmHMZ4hDEVOzs5cre07GWuaXzg==",
        "package/dist/webchat.js");
}
