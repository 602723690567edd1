using System.Diagnostics;
using System.Net.Sockets;
using Recaps.Core.Storage.Azure;

namespace Recaps.Testing;

/// <summary>
/// Azurite for the storage tests: the one already listening on 127.0.0.1:10000 and :10002 if there is one (CI
/// starts it), else one of its own, started from the repository's node_modules (npm ci first if needed) on free
/// ports and a temporary folder, and stopped afterwards; test assemblies run in parallel, so each starts its
/// own rather than sharing one another may stop. Never skips: no Azurite is a failure with the reason.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private static readonly int[] DefaultPorts = [10000, 10002];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private Process? _process;
    private string? _location;

    public StorageAccount Account { get; private set; } = StorageAccount.DevelopmentStorage;

    /// <summary>The connection string of <see cref="Account"/>, as a user would pass it to <c>--storage</c>.</summary>
    public string ConnectionString { get; private set; } = "UseDevelopmentStorage=true";

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
        if (await AllListeningAsync(DefaultPorts))
        {
            return;
        }
        var (blobPort, queuePort, tablePort) = (FreePort(), FreePort(), FreePort());
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
            "--blobPort", $"{blobPort}", "--queuePort", $"{queuePort}", "--tablePort", $"{tablePort}",
            "--location", _location, "--silent", "--skipApiVersionCheck", "--disableTelemetry",
        })
        {
            start.ArgumentList.Add(arg);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started for Azurite.");
        var stderr = _process.StandardError.ReadToEndAsync();
        _ = _process.StandardOutput.ReadToEndAsync();
        var waited = Stopwatch.StartNew();
        int[] ports = [blobPort, tablePort];
        while (!await AllListeningAsync(ports))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening: {await stderr}");
            }
            if (waited.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"Azurite did not listen on 127.0.0.1:{string.Join(", :", ports)} within {StartTimeout.TotalSeconds} s.");
            }
            await Task.Delay(100);
        }
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={StorageAccount.DevelopmentAccountName};AccountKey={StorageAccount.DevelopmentAccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/{StorageAccount.DevelopmentAccountName};TableEndpoint=http://127.0.0.1:{tablePort}/{StorageAccount.DevelopmentAccountName};";
        Account = StorageAccount.Parse(ConnectionString);
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

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AllListeningAsync(int[] ports)
    {
        foreach (var port in ports)
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
