using System.Net;
using Azure.Core.Pipeline;
using Recaps.Core.Storage.Azure;

namespace Recaps.Core.Tests.Storage.Azure;

/// <summary>
/// Signatures against vectors computed outside .NET (openssl dgst -sha256 -mac HMAC over the documented
/// strings to sign with Azurite's published key); Azurite accepting them is proved by the Azurite tests.
/// </summary>
public sealed class SigningTests
{
    private const string Date = "Thu, 01 Jan 2026 00:00:00 GMT";
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Key = Convert.FromBase64String(StorageAccount.DevelopmentAccountKey);

    [Fact]
    public async Task SharedKeyLite_CreateTable_SignsDateAndPathStyleResource()
    {
        var handler = new CapturingHandler(HttpStatusCode.NoContent);
        var tables = new AzureTableService(StorageAccount.DevelopmentStorage, Options(handler, new SteppingClock(Now, TimeSpan.Zero)));

        await tables.GetTable("Results").CreateIfNotExistsAsync();

        var headers = Assert.Single(handler.Headers);
        Assert.Equal(Date, headers["x-ms-date"]);
        Assert.Equal("SharedKeyLite devstoreaccount1:WRN6nOrne13nPse4EBO5ULIQ1KAssaa6ujBtCrgHTls=", headers["Authorization"]);
    }

    [Fact]
    public void SharedKeyLite_StringToSign_KeepsOnlyCompOfTheQuery()
    {
        var uri = new Uri("http://127.0.0.1:10002/devstoreaccount1/t()?$filter=x&comp=list&NextRowKey=a");

        Assert.Equal($"{Date}\n/devstoreaccount1/devstoreaccount1/t()?comp=list", SharedKeyLitePolicy.StringToSign(Date, "devstoreaccount1", uri));
    }

    [Fact]
    public async Task SharedKeyLite_Retry_SignsEachAttemptWithAFreshDate()
    {
        var handler = new CapturingHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.NoContent);
        var tables = new AzureTableService(StorageAccount.DevelopmentStorage, Options(handler, new SteppingClock(Now, TimeSpan.FromSeconds(1))));

        await tables.GetTable("Results").CreateIfNotExistsAsync();

        Assert.Equal(2, handler.Headers.Count);
        Assert.NotEqual(handler.Headers[0]["x-ms-date"], handler.Headers[1]["x-ms-date"]);
        Assert.NotEqual(handler.Headers[0]["Authorization"], handler.Headers[1]["Authorization"]);
        Assert.Single(handler.Headers[1]["Authorization"].Split(' '), s => s.StartsWith("devstoreaccount1:", StringComparison.Ordinal));
    }

    [Fact]
    public void SharedKey_PutBlob_StringToSignAndSignatureMatchTheDocumentedForm()
    {
        (string, string)[] headers =
        [
            ("x-ms-version", "2025-11-05"), ("Content-Type", "text/plain"), ("x-ms-meta-source", "test"),
            ("x-ms-date", Date), ("Content-Length", "5"), ("x-ms-blob-type", "BlockBlob"),
        ];
        var uri = new Uri("http://127.0.0.1:10000/devstoreaccount1/c/a%20b/%C3%A9.txt");

        var toSign = SharedKeyPolicy.StringToSign("PUT", headers, "devstoreaccount1", uri);

        Assert.Equal(
            "PUT\n\n\n5\n\ntext/plain\n\n\n\n\n\n\n" +
            $"x-ms-blob-type:BlockBlob\nx-ms-date:{Date}\nx-ms-meta-source:test\nx-ms-version:2025-11-05\n" +
            "/devstoreaccount1/devstoreaccount1/c/a%20b/%C3%A9.txt",
            toSign);
        Assert.Equal("lPW6MMwSVF2Z05s6bUm5m2OTasy4pN68tXBhbLuk/Xk=", SharedKeyLitePolicy.Sign(Key, toSign));
    }

    [Fact]
    public void SharedKey_ListQuery_CanonicalizesParametersSortedAndDecoded()
    {
        var uri = new Uri("http://127.0.0.1:10000/devstoreaccount1/c?restype=container&comp=list&prefix=a%20b&include=metadata&marker=m");

        var toSign = SharedKeyPolicy.StringToSign("GET", [("x-ms-date", Date), ("Content-Length", "0")], "devstoreaccount1", uri);

        Assert.EndsWith("/devstoreaccount1/devstoreaccount1/c\ncomp:list\ninclude:metadata\nmarker:m\nprefix:a b\nrestype:container", toSign);
        Assert.StartsWith("GET\n\n\n\n", toSign);
    }

    private static StorageClientOptions Options(HttpMessageHandler handler, TimeProvider clock)
    {
        var options = new StorageClientOptions { TimeProvider = clock, Transport = new HttpClientTransport(new HttpClient(handler)) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(1);
        return options;
    }
}
