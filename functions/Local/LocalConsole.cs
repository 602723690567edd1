using System.Globalization;

namespace Recaps.Functions.Local;

/// <summary>
/// What the local run tells the person running it: the start-up summary, then one line per event (an article
/// ingested, a timer fired), stamped with the UTC time the schedules use. Lines never interleave.
/// </summary>
internal sealed class LocalConsole(TextWriter output, TimeProvider time)
{
    private readonly Lock _gate = new();

    public void Line(string text)
    {
        lock (_gate)
        {
            output.WriteLine(text);
            output.Flush();
        }
    }

    /// <summary>"09:00:00Z DailyDigest: ...": a line stamped with the time of day (UTC).</summary>
    public void Event(string text) => Line(string.Create(CultureInfo.InvariantCulture, $"{time.GetUtcNow():HH:mm:ss}Z {text}"));
}
