using System.Collections.Concurrent;

namespace Recaps.Core.Storage.Sessions;

/// <summary>
/// Which content version of each article readers may see, remembered briefly so a read touching twenty
/// articles does not make twenty point reads. This process's own writes forget the entry at once; another
/// instance's switch is seen within <see cref="Lifetime"/>. A reader with a stale entry keeps showing the
/// version it remembered (or nothing, once those rows are cleaned up), never a mix of two versions: a row is
/// shown only when its version is the one remembered.
/// </summary>
internal sealed class ArticleVersions(TimeSpan lifetime, TimeProvider time)
{
    // Expired entries are swept once the cache grows past this, so a long-running reader does not keep every id;
    // after a sweep the bar rises to twice what stayed, so a cache full of fresh entries is not swept on every call.
    private const int SweepAbove = 4096;
    private int _sweepAbove = SweepAbove;

    private readonly ConcurrentDictionary<string, (string? Version, long Stored)> _entries = new(StringComparer.Ordinal);

    public TimeSpan Lifetime { get; } = lifetime;

    public bool TryGet(string articleId, out string? version)
    {
        if (_entries.TryGetValue(articleId, out var entry) && IsFresh(entry.Stored))
        {
            version = entry.Version;
            return true;
        }
        version = null;
        return false;
    }

    public void Remember(string articleId, string? version)
    {
        if (Lifetime <= TimeSpan.Zero)
        {
            return;
        }
        if (_entries.Count >= Volatile.Read(ref _sweepAbove))
        {
            foreach (var (id, entry) in _entries)
            {
                if (!IsFresh(entry.Stored))
                {
                    _entries.TryRemove(id, out _);
                }
            }
            Volatile.Write(ref _sweepAbove, Math.Max(SweepAbove, _entries.Count * 2));
        }
        _entries[articleId] = (version, time.GetTimestamp());
    }

    public void Forget(string articleId) => _entries.TryRemove(articleId, out _);

    private bool IsFresh(long stored) => time.GetElapsedTime(stored) < Lifetime;
}
