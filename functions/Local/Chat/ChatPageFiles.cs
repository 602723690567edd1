using System.Collections.Concurrent;

namespace Recaps.Functions.Local.Chat;

/// <summary>The page's own files, embedded in the app (LocalChat.*), so the local run needs nothing beside the executable.</summary>
internal static class ChatPageFiles
{
    private static readonly ConcurrentDictionary<string, byte[]> Files = new(StringComparer.Ordinal);

    public static byte[] Get(string name) => Files.GetOrAdd(name, static file =>
    {
        using var stream = typeof(ChatPageFiles).Assembly.GetManifestResourceStream($"LocalChat.{file}")
            ?? throw new InvalidOperationException($"The app was built without its chat page file {file}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
