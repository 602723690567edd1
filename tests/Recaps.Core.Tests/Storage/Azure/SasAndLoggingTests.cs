using System.Net;
using Azure.Core.Pipeline;
using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Storage.Azure;

public sealed class SasAndLoggingTests
{
    private const string Sas = "sv=2025-11-05&ss=t&sp=raud&sig=SECRET%2Bsig%3D";

    [Fact]
    public async Task QueryPageAsync_Sas_AppendsTokenAfterTheQueryAndSendsNoAuthorization()
    {
        var handler = new CapturingHandler(HttpStatusCode.NoContent, HttpStatusCode.OK);
        var account = StorageAccount.Parse($"TableEndpoint=https://recaps.table.core.windows.net;BlobEndpoint=https://recaps.blob.core.windows.net;SharedAccessSignature=?{Sas}");
        var table = new AzureTableService(account, Options(handler, new ListLogger())).GetTable("Moves");

        await table.QueryPageAsync(TableQuery.Partition("p"));

        var query = handler.Requests[1].RequestUri!.Query;
        Assert.StartsWith("?$filter=", query, StringComparison.Ordinal);
        Assert.EndsWith("&" + Sas, query, StringComparison.Ordinal);
        Assert.All(handler.Headers, h => Assert.False(h.ContainsKey("Authorization")));
    }

    [Fact]
    public async Task Logging_EveryAttempt_NamesMethodAndPathButNeverSecrets()
    {
        var handler = new CapturingHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.NoContent, HttpStatusCode.OK);
        var account = StorageAccount.Parse($"TableEndpoint=https://recaps.table.core.windows.net;BlobEndpoint=https://recaps.blob.core.windows.net;SharedAccessSignature={Sas}");
        var log = new ListLogger();
        var table = new AzureTableService(account, Options(handler, log)).GetTable("Moves");

        await table.QueryPageAsync(TableQuery.Partition("p"));

        Assert.Equal(3, log.Messages.Count);
        Assert.Contains("Storage POST recaps.table.core.windows.net/Tables answered 503", log.Messages[0], StringComparison.Ordinal);
        Assert.Contains("Storage GET recaps.table.core.windows.net/Moves() answered 200", log.Messages[2], StringComparison.Ordinal);
        Assert.All(log.Messages, m => Assert.DoesNotContain("SECRET", m, StringComparison.Ordinal));
        Assert.All(log.Messages, m => Assert.DoesNotContain("sig", m, StringComparison.Ordinal));
    }

    private static StorageClientOptions Options(HttpMessageHandler handler, ListLogger log)
    {
        var options = new StorageClientOptions { LoggerFactory = log, Transport = new HttpClientTransport(new HttpClient(handler)) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(1);
        return options;
    }
}
