using System.Diagnostics;
using System.Net.Sockets;
using Recaps.Core.Storage.Azure;
using Recaps.Testing;

namespace Recaps.Core.Tests.Storage;

/// <summary>
/// Azurite for the storage tests: the one already listening on 127.0.0.1:10000 and :10002 if there is one,
/// else one started from the repository's node_modules (npm ci first if needed) on a temporary folder and
/// stopped afterwards. Never skips: no Azurite is a failure with the reason.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private static readonly int[] Ports = [10000, 10002];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private Process? _process;
    private string? _location;

    public StorageAccount Account { get; } = StorageAccount.DevelopmentStorage;

    /// <summary>Fast retries: the tests talk to a local process.</summary>
    public static StorageClientOptions Options()
    {
        var options = new StorageClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        return options;
    }

    /// <summary>A name no other test uses: letters and digits, valid for tables and containers.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..16];

    public async Task InitializeAsync()
    {
        if (await AllListeningAsync())
        {
            return;
        }
        var root = RepositoryRoot.Path;
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            await RunAsync("npm", "ci --no-audit --no-fund", root, TimeSpan.FromMinutes(5));
        }
        _location = Path.Combine(Path.GetTempPath(), "recaps-azurite", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_location);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            script, "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--location", _location, "--silent", "--skipApiVersionCheck", "--disableTelemetry",
        })
        {
            start.ArgumentList.Add(arg);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started for Azurite.");
        var stderr = _process.StandardError.ReadToEndAsync();
        _ = _process.StandardOutput.ReadToEndAsync();
        var waited = Stopwatch.StartNew();
        while (!await AllListeningAsync())
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening: {await stderr}");
            }
            if (waited.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"Azurite did not listen on 127.0.0.1:{string.Join(", :", Ports)} within {StartTimeout.TotalSeconds} s.");
            }
            await Task.Delay(100);
        }
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process?.Dispose();
        if (_location is not null)
        {
            try
            {
                Directory.Delete(_location, recursive: true);
            }
            catch (IOException)
            {
            }
        }
        return Task.CompletedTask;
    }

    private static async Task<bool> AllListeningAsync()
    {
        foreach (var port in Ports)
        {
            using var client = new TcpClient();
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException)
            {
                return false;
            }
        }
        return true;
    }

    private static async Task RunAsync(string file, string arguments, string directory, TimeSpan timeout)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{file} could not be started.");
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {arguments}' failed with code {process.ExitCode}: {await stderr}");
        }
    }
}
