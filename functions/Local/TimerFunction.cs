namespace Recaps.Functions.Local;

/// <summary>
/// A timer-triggered function as the local run fires it: its name (the folder of its function.json), the app
/// setting its schedule names (<c>"schedule": "%SweepSchedule%"</c>), and that setting's default.
/// </summary>
internal sealed record TimerFunction(string Name, string Setting, string DefaultSchedule)
{
    public static TimerFunction SweepRecaps { get; } = new("SweepRecaps", "SweepSchedule", "0 */15 * * * *");

    public static TimerFunction DailyDigest { get; } = new("DailyDigest", "DigestSchedule", "0 */5 * * * *");

    public static IReadOnlyList<TimerFunction> All { get; } = [SweepRecaps, DailyDigest];

    /// <summary>What the function's function.json says, or would say: <c>%Setting%</c>.</summary>
    public string DefaultDeclaration => $"%{Setting}%";
}
