using System.Diagnostics;

namespace Recaps.Functions.Tests.Local;

/// <summary>Waits for a condition the local run makes true in its own time, failing with a message after a timeout.</summary>
internal static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, timeout);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > limit)
            {
                Assert.Fail($"Not within {limit.TotalSeconds} s: {what}");
            }
            await Task.Delay(25);
        }
    }
}
