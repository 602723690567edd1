using System.Net;
using System.Text.Json;
using NCrontab;
using Recaps.Testing;

namespace Recaps.Functions.Tests.Handler;

/// <summary>
/// The function definitions as the Functions host reads them: host.json and a folder per function with its
/// function.json, beside the executable (the build output has them as the publish output does).
/// </summary>
public sealed class FunctionAppLayoutTests
{
    private static readonly string[] Functions = ["DailyDigest", "IngestRecap", "Messages", "SweepRecaps"];

    [Fact]
    public void HostJson_StartsRecapsInHandlerMode_WithTheBundleAndForwarding()
    {
        using var host = Read(Path.Combine(AppContext.BaseDirectory, "host.json"));
        var root = host.RootElement;
        var handler = root.GetProperty("customHandler");

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("recaps", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.Equal(["handler"], handler.GetProperty("description").GetProperty("arguments").EnumerateArray().Select(a => a.GetString()));
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", root.GetProperty("extensionBundle").GetProperty("id").GetString());
        Assert.Equal("[4.*, 5.0.0)", root.GetProperty("extensionBundle").GetProperty("version").GetString());
        Assert.InRange(root.GetProperty("extensions").GetProperty("blobs").GetProperty("poisonBlobThreshold").GetInt32(), 1, 10);
        Assert.Equal("api", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("logging").ValueKind);
    }

    [Fact]
    public void BuildOutput_HoldsExactlyTheFourFunctionFolders_AsTheSourceDoes()
    {
        var built = Directory.EnumerateFiles(AppContext.BaseDirectory, "function.json", SearchOption.AllDirectories)
            .Select(file => Path.GetFileName(Path.GetDirectoryName(file))).Order(StringComparer.Ordinal);
        var source = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "functions"), "function.json", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(file => Path.GetFileName(Path.GetDirectoryName(file))).Order(StringComparer.Ordinal);

        Assert.Equal(Functions, built);
        Assert.Equal(Functions, source);
    }

    [Fact]
    public void IngestRecap_IsAnEventGridBlobTriggerOnRecaps_WithDeferredBinding()
    {
        var trigger = Assert.Single(Bindings("IngestRecap"));

        Assert.Equal(("recap", "blobTrigger", "in"), (trigger.Str("name"), trigger.Str("type"), trigger.Str("direction")));
        Assert.Equal(("recaps/{name}", "AzureWebJobsStorage", "EventGrid"), (trigger.Str("path"), trigger.Str("connection"), trigger.Str("source")));
        Assert.Equal("binary", trigger.Str("dataType"));
        Assert.True(trigger.GetProperty("properties").GetProperty("supportsDeferredBinding").GetBoolean());
    }

    [Fact]
    public void Messages_IsAnAnonymousPostOnApiMessages_WithAnHttpOutput()
    {
        var bindings = Bindings("Messages");

        Assert.Equal(2, bindings.Count);
        Assert.Equal(("req", "httpTrigger", "in", "anonymous", "messages"),
            (bindings[0].Str("name"), bindings[0].Str("type"), bindings[0].Str("direction"), bindings[0].Str("authLevel"), bindings[0].Str("route")));
        Assert.Equal(["post"], bindings[0].GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(("res", "http", "out"), (bindings[1].Str("name"), bindings[1].Str("type"), bindings[1].Str("direction")));
    }

    [Theory]
    [InlineData("SweepRecaps", "SweepSchedule", "2025-06-04T10:07:30Z", "2025-06-04T10:15:00Z")]
    [InlineData("DailyDigest", "DigestSchedule", "2025-06-06T10:00:00Z", "2025-06-06T10:05:00Z")]
    [InlineData("DailyDigest", "DigestSchedule", "2025-06-07T08:59:59Z", "2025-06-07T09:00:00Z")]
    public void Timer_ScheduleComesFromASetting_WhoseDefaultParsesWithSeconds(string function, string setting, string after, string next)
    {
        var trigger = Assert.Single(Bindings(function));
        using var settings = Read(Path.Combine(RepositoryRoot.Path, "local.settings.json"));
        var schedule = settings.RootElement.GetProperty("Values").GetProperty(setting).GetString()!;

        Assert.Equal(("timer", "timerTrigger", "in", $"%{setting}%"), (trigger.Str("name"), trigger.Str("type"), trigger.Str("direction"), trigger.Str("schedule")));
        Assert.True(trigger.GetProperty("useMonitor").GetBoolean());
        Assert.False(trigger.GetProperty("runOnStartup").GetBoolean());
        Assert.Equal(6, schedule.Split(' ').Length);
        var parsed = CrontabSchedule.Parse(schedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        Assert.Equal(DateTime.Parse(next, null, System.Globalization.DateTimeStyles.AdjustToUniversal),
            parsed.GetNextOccurrence(DateTime.Parse(after, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));
    }

    [Fact]
    public void LocalSettings_RunTheCustomHandlerOnAzurite()
    {
        using var settings = Read(Path.Combine(RepositoryRoot.Path, "local.settings.json"));
        var values = settings.RootElement.GetProperty("Values");

        Assert.Equal(("custom", "UseDevelopmentStorage=true"), (values.GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString(), values.GetProperty("AzureWebJobsStorage").GetString()));
    }

    [Fact]
    public async Task EveryNonHttpFunction_HasItsEndpointInTheHandler()
    {
        await using var handler = await HandlerHarness.SqliteAsync();

        foreach (var function in Functions.Where(f => f != "Messages"))
        {
            var reply = await handler.InvokeAsync(function, "{}");
            Assert.NotEqual(HttpStatusCode.NotFound, reply.Status);
        }
    }

    private static List<JsonElement> Bindings(string function)
    {
        using var json = Read(Path.Combine(AppContext.BaseDirectory, function, "function.json"));
        return [.. json.RootElement.GetProperty("bindings").Clone().EnumerateArray()];
    }

    private static JsonDocument Read(string path) => JsonDocument.Parse(File.ReadAllText(path));
}

internal static class JsonElementExtensions
{
    public static string? Str(this JsonElement element, string property) => element.GetProperty(property).GetString();
}
