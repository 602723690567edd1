using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Recaps.Benchmarks;

/// <summary>
/// A published function app's handler, started as the Functions host starts it: host.json's executable and
/// arguments, FUNCTIONS_CUSTOMHANDLER_PORT set to a free loopback port, the app settings in the environment
/// (AzureWebJobsStorage, or none for the embedded store), a working folder of its own. Disposing kills it.
/// </summary>
internal sealed class HandlerProcess : IDisposable
{
    private readonly Process _process;

    private HandlerProcess(Process process, int port, string folder)
    {
        _process = process;
        Port = port;
        Folder = folder;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
    }

    public int Port { get; }

    /// <summary>Its working folder (the embedded store goes under it); deleted on dispose.</summary>
    public string Folder { get; }

    public HttpClient Client { get; }

    /// <summary>Starts the handler and waits for its first 200 on GET /; returns it and how long that took.</summary>
    public static async Task<(HandlerProcess Handler, TimeSpan ColdStart)> StartAsync(string app, string? storage)
    {
        using var host = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(app, "host.json")).ConfigureAwait(false));
        var description = host.RootElement.GetProperty("customHandler").GetProperty("description");
        var folder = Path.Combine(Path.GetTempPath(), "recaps-bench", "handler-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo(Path.Combine(app, description.GetProperty("defaultExecutablePath").GetString()!))
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in description.GetProperty("arguments").EnumerateArray())
        {
            start.ArgumentList.Add(argument.GetString()!);
        }
        var port = FreePort();
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment.Remove("AzureWebJobsStorage");
        if (storage is not null)
        {
            start.Environment["AzureWebJobsStorage"] = storage;
        }
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        // Drain its output (one line per log entry) so it never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var handler = new HandlerProcess(process, port, folder);
        // Probe as the host does, as lightly as possible (a plain socket, no HttpClient): this process shares the cores.
        var request = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"u8.ToArray();
        var answer = new byte[12];
        while (true)
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                handler.Dispose();
                throw new InvalidOperationException($"the handler did not answer GET / within {clock.Elapsed.TotalSeconds:0} s");
            }
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
                await socket.SendAsync(request).ConfigureAwait(false);
                var read = 0;
                while (read < answer.Length && await socket.ReceiveAsync(answer.AsMemory(read)).ConfigureAwait(false) is > 0 and var n)
                {
                    read += n;
                }
                if ("HTTP/1.1 200"u8.SequenceEqual(answer.AsSpan(0, read)))
                {
                    return (handler, clock.Elapsed);
                }
            }
            catch (SocketException)
            {
                await Task.Delay(1).ConfigureAwait(false);
            }
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
