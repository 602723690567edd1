using Recaps.Functions.Local;

namespace Recaps.Functions.Tests.Local;

public sealed class FunctionSchedulesTests : IDisposable
{
    private static readonly DateTimeOffset Wednesday8 = new(2025, 6, 4, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _app = new();
    private readonly Dictionary<string, string?> _settings = [];

    [Fact]
    public void Read_NoFunctionJson_UsesTheSettingsDefault()
    {
        var sweep = Read(TimerFunction.SweepRecaps);
        var digest = Read(TimerFunction.DailyDigest);

        Assert.Equal(("0 */15 * * * *", "0 */5 * * * *"), (sweep.Expression, digest.Expression));
        Assert.Contains("%DigestSchedule% unset: default", digest.Origin, StringComparison.Ordinal);
        Assert.Equal(Wednesday8.AddMinutes(15), sweep.NextAfter(Wednesday8));
        Assert.Equal(Wednesday8.AddMinutes(5), digest.NextAfter(Wednesday8));
    }

    [Fact]
    public void Read_FunctionJsonNamesSetSetting_UsesTheSetting()
    {
        WriteFunctionJson("DailyDigest", "%DigestSchedule%");
        _settings["DigestSchedule"] = "0 30 8 * * *";

        var digest = Read(TimerFunction.DailyDigest);

        Assert.Equal("0 30 8 * * *", digest.Expression);
        Assert.Contains("DailyDigest", digest.Origin, StringComparison.Ordinal);
        Assert.Contains("%DigestSchedule% set", digest.Origin, StringComparison.Ordinal);
        Assert.Equal(Wednesday8.AddMinutes(30), digest.NextAfter(Wednesday8));
    }

    [Fact]
    public void Read_FunctionJsonNamesUnsetSetting_UsesItsDefault()
    {
        WriteFunctionJson("SweepRecaps", "%SweepSchedule%");

        var sweep = Read(TimerFunction.SweepRecaps);

        Assert.Equal("0 */15 * * * *", sweep.Expression);
        Assert.Contains("function.json", sweep.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LiteralSchedule_UsesItAsWritten()
    {
        WriteFunctionJson("SweepRecaps", "*/10 * * * * *");
        _settings["SweepSchedule"] = "0 0 * * * *";

        var sweep = Read(TimerFunction.SweepRecaps);

        Assert.Equal("*/10 * * * * *", sweep.Expression);
        Assert.Equal(Wednesday8.AddSeconds(10), sweep.NextAfter(Wednesday8));
    }

    [Fact]
    public void Read_FiveFields_ParsesWithoutSecondsAsTheHostDoes()
    {
        _settings["SweepSchedule"] = "*/5 * * * *";

        var sweep = Read(TimerFunction.SweepRecaps);

        Assert.Equal(Wednesday8.AddMinutes(5), sweep.NextAfter(Wednesday8.AddSeconds(90)));
    }

    [Fact]
    public void NextAfter_WeekdaySchedule_SkipsTheWeekendInUtc()
    {
        _settings["DigestSchedule"] = "0 0 9 * * 1-5";
        WriteFunctionJson("DailyDigest", "%DigestSchedule%");
        var digest = Read(TimerFunction.DailyDigest);

        var friday9 = new DateTimeOffset(2025, 6, 6, 9, 0, 0, TimeSpan.Zero);
        var sundayInTokyo = new DateTimeOffset(2025, 6, 8, 8, 0, 0, TimeSpan.FromHours(9));

        Assert.Equal(new DateTimeOffset(2025, 6, 9, 9, 0, 0, TimeSpan.Zero), digest.NextAfter(friday9));
        Assert.Equal(new DateTimeOffset(2025, 6, 9, 9, 0, 0, TimeSpan.Zero), digest.NextAfter(sundayInTokyo));
    }

    [Fact]
    public void Read_FirstRootWithTheFile_Wins()
    {
        using var other = new TempDirectory();
        WriteFunctionJson("SweepRecaps", "0 0 * * * *");
        Directory.CreateDirectory(Path.Combine(other.Path, "SweepRecaps"));
        File.WriteAllText(Path.Combine(other.Path, "SweepRecaps", "function.json"), Json("0 0 0 * * *"));

        var sweep = FunctionSchedules.Read(TimerFunction.SweepRecaps, [Path.Combine(_app.Path, "missing"), _app.Path, other.Path], Setting);

        Assert.Equal("0 0 * * * *", sweep.Expression);
    }

    [Fact]
    public void Read_BadScheduleInSetting_ThrowsNamingFunctionSettingAndField()
    {
        WriteFunctionJson("DailyDigest", "%DigestSchedule%");
        _settings["DigestSchedule"] = "0 0 25 * * *";

        var error = Assert.Throws<LocalRunException>(() => Read(TimerFunction.DailyDigest));

        Assert.StartsWith("DailyDigest: the schedule '0 0 25 * * *' (from '%DigestSchedule%', ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Hour", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("every day", "is not an NCRONTAB expression")]
    [InlineData("00:05:00", "is a TimeSpan")]
    [InlineData("0 0 0 30 2 *", "never fires")]
    public void Read_UnusableSchedule_ThrowsSayingWhy(string schedule, string reason)
    {
        WriteFunctionJson("SweepRecaps", schedule);

        var error = Assert.Throws<LocalRunException>(() => Read(TimerFunction.SweepRecaps));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{schedule}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownSettingUnset_ThrowsNamingTheSetting()
    {
        WriteFunctionJson("SweepRecaps", "%RecapSchedule%");

        var error = Assert.Throws<LocalRunException>(() => Read(TimerFunction.SweepRecaps));

        Assert.Contains("names the app setting RecapSchedule, which is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedFunctionJson_ThrowsNamingTheFile()
    {
        Directory.CreateDirectory(Path.Combine(_app.Path, "DailyDigest"));
        File.WriteAllText(Path.Combine(_app.Path, "DailyDigest", "function.json"), "{ \"bindings\": [ ");

        var error = Assert.Throws<LocalRunException>(() => Read(TimerFunction.DailyDigest));

        Assert.Contains("function.json is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoTimerBinding_ThrowsSayingSo()
    {
        Directory.CreateDirectory(Path.Combine(_app.Path, "DailyDigest"));
        File.WriteAllText(Path.Combine(_app.Path, "DailyDigest", "function.json"), """{ "bindings": [ { "type": "httpTrigger", "name": "req" } ] }""");

        var error = Assert.Throws<LocalRunException>(() => Read(TimerFunction.DailyDigest));

        Assert.Contains("has no timerTrigger binding", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();

    private TimerSchedule Read(TimerFunction function) => FunctionSchedules.Read(function, [_app.Path], Setting);

    private string? Setting(string name) => _settings.GetValueOrDefault(name);

    private void WriteFunctionJson(string function, string schedule)
    {
        Directory.CreateDirectory(Path.Combine(_app.Path, function));
        File.WriteAllText(Path.Combine(_app.Path, function, "function.json"), Json(schedule));
    }

    // As the function app's files are written: comments and trailing commas are tolerated, as by the host.
    private static string Json(string schedule) => $$"""
        {
          // fired by the host
          "bindings": [
            { "name": "timer", "type": "timerTrigger", "direction": "in", "schedule": "{{schedule}}", "useMonitor": true, },
          ]
        }
        """;
}
