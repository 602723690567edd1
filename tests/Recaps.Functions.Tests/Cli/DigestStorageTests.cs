using Recaps.Testing;

namespace Recaps.Functions.Tests.Cli;

/// <summary><c>recaps digest --storage</c> against Azurite: credentials the service refuses.</summary>
[Collection(AzuriteTests.Name)]
public sealed class DigestStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public void Digest_WrongAccountKey_ExitsTwoSayingTheCredentialsWereRefused()
    {
        var key = Convert.ToBase64String(new byte[64]);
        var wrongKey = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={key};" +
            $"TableEndpoint={azurite.Account.TableEndpoint};BlobEndpoint={azurite.Account.BlobEndpoint}";

        var run = CliRunner.Run("digest", "--storage", wrongKey);

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.Contains("refused the credentials", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(key, run.Error, StringComparison.Ordinal);
    }
}
