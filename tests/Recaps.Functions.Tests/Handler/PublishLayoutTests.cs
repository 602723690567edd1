using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Recaps.Testing;

namespace Recaps.Functions.Tests.Handler;

/// <summary>
/// <c>dotnet publish functions -c Release -r linux-x64</c> makes a complete function app: host.json, the function
/// folders, and the executable host.json names, which starts as the host starts it, answers readiness and guards the
/// bot endpoint. Published
/// into a temp folder with its own build folders (artifacts output), so it touches nothing of the worktree's.
/// </summary>
public sealed class PublishLayoutTests
{
    [Fact]
    public async Task Publish_LinuxX64_IsAFunctionAppTheHostCanStart()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Fail("the function app is published for linux-x64; run this test on Linux");
            return;
        }
        using var temp = new TempDirectory();
        var app = Path.Combine(temp.Path, "app");
        await RunAsync("dotnet", ["publish", Path.Combine(RepositoryRoot.Path, "functions"), "-c", "Release", "-r", "linux-x64", "-o", app,
            "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={Path.Combine(temp.Path, "artifacts")}", "--nologo", "--disable-build-servers"], TimeSpan.FromMinutes(4));

        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "host.json")));
        var description = host.RootElement.GetProperty("customHandler").GetProperty("description");
        var executable = Path.Combine(app, description.GetProperty("defaultExecutablePath").GetString()!);
        Assert.True(File.Exists(executable), $"{executable} is missing");
        Assert.True(File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute), $"{executable} is not executable");
        Assert.True(File.Exists(Path.Combine(app, "libhostfxr.so")), "not self-contained: the host image need not have .NET 10");
        foreach (var function in new[] { "IngestRecap", "SweepRecaps", "DailyDigest", "Messages" })
        {
            Assert.True(File.Exists(Path.Combine(app, function, "function.json")), $"{function}/function.json is missing");
        }

        // As the host does: the executable with host.json's arguments, the port in the environment, the app root as working folder.
        var port = FreePort();
        var start = new ProcessStartInfo(executable) { WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in description.GetProperty("arguments").EnumerateArray())
        {
            start.ArgumentList.Add(argument.GetString()!);
        }
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment.Remove("AzureWebJobsStorage");
        // A registered bot, as in Azure: the published app must then refuse an activity without a Bot Framework token.
        start.Environment["MicrosoftAppType"] = "UserAssignedMSI";
        start.Environment["MicrosoftAppId"] = "7f3c1a2e-0000-4000-8000-00000000b07a";
        start.Environment["MicrosoftAppTenantId"] = "0d9a3f1e-1111-4222-8333-444455556666";
        using var handler = Process.Start(start)!;
        _ = handler.StandardOutput.ReadToEndAsync();
        var stderr = handler.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var ready = await WaitReadyAsync(client, handler, TimeSpan.FromSeconds(20));
            using var messages = await client.PostAsync("/api/messages", new StringContent("""{"type":"message","text":"how did CATL do?"}"""));

            Assert.True(ready, $"no answer on GET / within 20 s: {(handler.HasExited ? await stderr : "still running")}");
            Assert.Equal(HttpStatusCode.Unauthorized, messages.StatusCode);
        }
        finally
        {
            handler.Kill(entireProcessTree: true);
            await handler.WaitForExitAsync();
        }
    }

    private static async Task<bool> WaitReadyAsync(HttpClient client, Process handler, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !handler.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/");
                return response.StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50);
            }
        }
        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
        {
            Assert.Fail($"dotnet publish failed ({process.ExitCode}): {await output} {await error}");
        }
    }
}
