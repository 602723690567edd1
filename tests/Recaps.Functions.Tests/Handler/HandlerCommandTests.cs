using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Recaps.Functions.Cli;
using Recaps.Functions.Handler;

namespace Recaps.Functions.Tests.Handler;

/// <summary><c>recaps handler</c>: what the host gives it in the environment, and what it does without.</summary>
public sealed class HandlerCommandTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http")]
    [InlineData("70000")]
    public async Task Handler_NoUsablePort_ExitsTwoNamingTheSetting(string? port)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var run = await RunAsync(new Dictionary<string, string?> { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = port }, timeout.Token);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("recaps handler: FUNCTIONS_CUSTOMHANDLER_PORT must be a port number (1-65535)", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage", "Nonsense")]
    [InlineData("AzureWebJobsStorage__tableServiceUri", "https://acct.table.core.windows.net")]
    public async Task Handler_MalformedStorageSetting_ExitsTwoNamingIt(string setting, string value)
    {
        // A mistake here would serve until stopped: stop it after a while, so the test fails instead of hanging.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var run = await RunAsync(new Dictionary<string, string?> { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = FreePort(), [setting] = value }, timeout.Token);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("recaps handler: AzureWebJobsStorage", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handler_PortSet_ServesOnLoopbackUntilStopped()
    {
        using var data = new TempDirectory();
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var run = RunAsync(new Dictionary<string, string?> { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = port }, stop.Token, "--data", data.Path);

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        HttpStatusCode? status = null;
        for (var attempt = 0; attempt < 200 && status is null && !run.IsCompleted; attempt++)
        {
            try
            {
                using var response = await client.GetAsync("/");
                status = response.StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50);
            }
        }
        await stop.CancelAsync();
        var result = await run;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(Dictionary<string, string?> settings, CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var services = new CliServices(new FakeTimeProvider(HandlerHarness.Now));
        var root = new RootCommand { HandlerCommand.Create(services, name => settings.GetValueOrDefault(name)) };
        var exitCode = await Task.Run(() => root.Parse(["handler", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken));
        return (exitCode, error.ToString());
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
