using System.Net;
using System.Net.Sockets;
using Azure.Core;
using Azure.Identity;
using Recaps.Core.Storage;
using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Storage.Azure;

/// <summary>How the clients fail, against a local listener playing a failing service.</summary>
public sealed class FailureTests
{
    private const string Created = "";

    [Fact]
    public async Task CreateIfNotExists_503TwiceThen204_SucceedsAfterRetries()
    {
        await using var server = new FakeStorageServer(n => n < 2 ? (503, "") : (204, Created));

        await Table(server.Endpoint, retries: 3).CreateIfNotExistsAsync();

        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task CreateIfNotExists_503Forever_ThrowsUnavailableAfterConfiguredRetries()
    {
        await using var server = new FakeStorageServer(_ => (503, ServerBusy));

        var ex = await Assert.ThrowsAsync<StorageException>(() => Table(server.Endpoint, retries: 2).CreateIfNotExistsAsync());

        Assert.Equal(StorageErrorKind.Unavailable, ex.Kind);
        Assert.Equal(503, ex.Status);
        Assert.Equal("ServerBusy", ex.ErrorCode);
        Assert.True(ex.IsTransient);
        Assert.Contains(server.Endpoint.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task GetAsync_403_ThrowsUnauthorizedWithoutRetrying()
    {
        await using var server = new FakeStorageServer(n => n == 0 ? (204, Created) : (403, AuthFailed));

        var ex = await Assert.ThrowsAsync<StorageException>(() => Table(server.Endpoint, retries: 3).GetAsync("p", "r"));

        Assert.Equal(StorageErrorKind.Unauthorized, ex.Kind);
        Assert.Contains("refused the credentials", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task UpsertAsync_400_ThrowsBadRequestWithTheServiceCodeAndReason()
    {
        await using var server = new FakeStorageServer(n => n == 0 ? (204, Created) : (400, PropertyTooLarge));

        var ex = await Assert.ThrowsAsync<StorageException>(() => Table(server.Endpoint, retries: 3).UpsertAsync(new TableEntity("p", "r")));

        Assert.Equal(StorageErrorKind.BadRequest, ex.Kind);
        Assert.Equal("PropertyValueTooLarge", ex.ErrorCode);
        Assert.Contains("The property value exceeds the maximum allowed size", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("RequestId", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task AnyCall_ClosedPort_ThrowsUnavailableNamingTheEndpoint()
    {
        var endpoint = new Uri($"http://127.0.0.1:{ClosedPort()}/devstoreaccount1");

        var ex = await Assert.ThrowsAsync<StorageException>(() => Table(endpoint, retries: 1).GetAsync("p", "r"));

        Assert.Equal(StorageErrorKind.Unavailable, ex.Kind);
        Assert.Contains(endpoint.ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCall_TokenCannotBeObtained_ThrowsUnauthorized()
    {
        var account = new StorageAccount("recaps", new Uri("https://127.0.0.1:1/"), new Uri("https://127.0.0.1:1/"),
            StorageCredential.FromToken(new FailingCredential()));

        var ex = await Assert.ThrowsAsync<StorageException>(() => new AzureTableService(account, Fast(0)).GetTable("Moves").GetAsync("p", "r"));

        Assert.Equal(StorageErrorKind.Unauthorized, ex.Kind);
    }

    [Fact]
    public async Task GetAsync_CallerCancels_ThrowsOperationCanceled()
    {
        await using var server = new FakeStorageServer(_ => (204, Created));
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Table(server.Endpoint, retries: 1).GetAsync("p", "r", cancel.Token));
    }

    private const string ServerBusy = """{"odata.error":{"code":"ServerBusy","message":{"lang":"en-US","value":"The server is busy."}}}""";
    private const string AuthFailed = """{"odata.error":{"code":"AuthorizationFailure","message":{"lang":"en-US","value":"This request is not authorized."}}}""";
    private const string PropertyTooLarge = """{"odata.error":{"code":"PropertyValueTooLarge","message":{"lang":"en-US","value":"The property value exceeds the maximum allowed size (64KB).\nRequestId:1\nTime:2"}}}""";

    private static ITable Table(Uri endpoint, int retries)
    {
        var account = StorageAccount.DevelopmentStorage with { TableEndpoint = endpoint };
        return new AzureTableService(account, Fast(retries)).GetTable("Moves");
    }

    private static StorageClientOptions Fast(int retries)
    {
        var options = new StorageClientOptions();
        options.Retry.MaxRetries = retries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(5);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(20);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class FailingCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException("no identity here");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException("no identity here");
    }
}
