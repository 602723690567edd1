namespace Recaps.Functions.Local;

/// <summary>How often the local run looks, and how long it waits for a file to settle; tests shorten them.</summary>
internal sealed record LocalPacing
{
    /// <summary>A file must keep its size and write time this long before it is read (a copy or download may be under way).</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A file still changing, or locked by its writer, is tried again after this.</summary>
    public TimeSpan Retry { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The safety net under the file watcher, which can drop events: every file is looked at again.</summary>
    public TimeSpan InboxRescan { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The rescan interval when no file watcher could be started (inotify limits, some network drives).</summary>
    public TimeSpan InboxRescanUnwatched { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>With blob storage, how often the recaps container is swept (the blob trigger's stand-in).</summary>
    public TimeSpan ContainerPoll { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>After this many tries in a row a file still being written or locked is reported (once).</summary>
    public int ReportAfterAttempts { get; init; } = 40;
}
