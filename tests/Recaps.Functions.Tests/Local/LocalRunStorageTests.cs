using System.Text;
using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Sessions;
using Recaps.Functions.Cli;
using Recaps.Testing;

namespace Recaps.Functions.Tests.Local;

/// <summary>The local run on Table and Blob storage (Azurite): the recaps container is polled instead of an inbox.</summary>
[Collection(AzuriteTests.Name)]
public sealed class LocalRunStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Polling_RecapUploadedToTheContainer_IsIngested()
    {
        // No samples: whether Azurite's tables are empty depends on the tests that ran before.
        await using var local = await LocalRunHarness.StartAsync(s => s with
        {
            DataFolder = null,
            Storage = azurite.ConnectionString,
            SamplesFolder = Path.Combine(s.InboxFolder, "..", "no-samples"),
        });
        var name = $"local-run/{AzuriteFixture.UniqueName("thursday")}.txt";
        var container = new AzureBlobContainer(azurite.Account, StoreOptions.RecapsContainer, AzuriteFixture.Options());

        await container.PutAsync(name, Encoding.UTF8.GetBytes(InboxRecaps.TwoMoves), "text/plain; charset=utf-8");

        await Eventually.TrueAsync(async () => await local.Run.Store.Sessions.GetArticleAsync(name) is { Status: ArticleStatus.Stored, Moves: 2 },
            $"{name} ingested from the container");
        Assert.Contains($"  polling    the recaps container {container.Location} every 200 ms", local.Output.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("  inbox ", local.Output.Text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(local.Inbox));
        await Eventually.TrueAsync(() => local.Output.Text.Contains("recaps container: ", StringComparison.Ordinal), "the poll reported the new article");
    }
}
