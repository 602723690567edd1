using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Recaps.Functions.Local.Chat;

namespace Recaps.Functions.Tests.Local.Chat;

/// <summary>A registry on 127.0.0.1 serving one crafted tarball, counting requests, so fetcher tests need no network.</summary>
internal sealed class PackageServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private PackageServer(WebApplication app, byte[] tarball)
    {
        _app = app;
        Tarball = tarball;
    }

    public byte[] Tarball { get; }

    public int Requests => Volatile.Read(ref _requests);

    public Uri Url => new(new Uri(_app.Urls.First()), "/botframework-webchat/-/botframework-webchat-4.18.1.tgz");

    public string Integrity => "sha512-" + Convert.ToBase64String(SHA512.HashData(Tarball));

    /// <summary>A package whose tarball holds <paramref name="files"/> (paths inside it, as npm packs them under package/).</summary>
    public static async Task<PackageServer> StartAsync(IReadOnlyDictionary<string, string> files, int status = 200)
    {
        var tarball = Pack(files);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new PackageServer(app, tarball);
        app.MapGet("/botframework-webchat/-/botframework-webchat-4.18.1.tgz", () =>
        {
            Interlocked.Increment(ref server._requests);
            return status == 200 ? Results.Bytes(tarball, "application/octet-stream") : Results.StatusCode(status);
        });
        await app.StartAsync();
        return server;
    }

    /// <summary>Options that fetch from this server into <paramref name="cache"/>, expecting <paramref name="integrity"/> (default: the tarball's own).</summary>
    public ChatOptions Options(string cache, string? integrity = null) => new()
    {
        CacheFolder = cache,
        Package = WebChatPackage.Pinned with { Tarball = Url, Integrity = integrity ?? Integrity },
    };

    public static byte[] Pack(IReadOnlyDictionary<string, string> files)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
        {
            foreach (var (name, text) in files)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
            }
        }
        return output.ToArray();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
