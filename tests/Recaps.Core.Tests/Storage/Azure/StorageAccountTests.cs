using Azure.Identity;
using Recaps.Core.Storage.Azure;

namespace Recaps.Core.Tests.Storage.Azure;

public sealed class StorageAccountTests
{
    private const string Key = "c2VjcmV0LWtleS1ieXRlcw==";

    [Fact]
    public void Parse_UseDevelopmentStorage_IsAzuriteWithPathStyleEndpoints()
    {
        var account = StorageAccount.Parse("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", account.Name);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), account.TableEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), account.BlobEndpoint);
        Assert.Equal(StorageCredentialKind.SharedKey, account.Credential.Kind);
    }

    [Fact]
    public void Parse_AccountKey_DerivesEndpointsFromNameProtocolAndSuffix()
    {
        var account = StorageAccount.Parse($"DefaultEndpointsProtocol=https;AccountName=recaps;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://recaps.table.core.chinacloudapi.cn"), account.TableEndpoint);
        Assert.Equal(new Uri("https://recaps.blob.core.chinacloudapi.cn"), account.BlobEndpoint);
        Assert.Equal(StorageCredentialKind.SharedKey, account.Credential.Kind);
    }

    [Fact]
    public void Parse_ExplicitEndpoints_WinOverDerivedOnes()
    {
        var account = StorageAccount.Parse(
            $"AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://localhost:9/devstoreaccount1/;BlobEndpoint=http://localhost:8/devstoreaccount1;QueueEndpoint=http://x");

        Assert.Equal(new Uri("http://localhost:9/devstoreaccount1"), account.TableEndpoint);
        Assert.Equal(new Uri("http://localhost:8/devstoreaccount1"), account.BlobEndpoint);
    }

    [Fact]
    public void Parse_SharedAccessSignature_KeepsTheQueryWithoutItsQuestionMark()
    {
        var account = StorageAccount.Parse("BlobEndpoint=https://a.blob.core.windows.net;TableEndpoint=https://a.table.core.windows.net;SharedAccessSignature=?sv=2025-11-05&sig=abc%3D");

        Assert.Equal(StorageCredentialKind.SharedAccessSignature, account.Credential.Kind);
        Assert.Equal("a", account.Name);
        Assert.DoesNotContain("abc", account.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AccountNameOnly_UsesDefaultAzureCredential()
    {
        var account = StorageAccount.Parse("AccountName=recaps");

        Assert.Equal(StorageCredentialKind.Token, account.Credential.Kind);
        Assert.IsType<DefaultAzureCredential>(account.Credential.Token);
        Assert.Equal(new Uri("https://recaps.table.core.windows.net"), account.TableEndpoint);
    }

    [Fact]
    public void Parse_ManagedIdentityWithClientId_UsesManagedIdentityCredential()
    {
        var account = StorageAccount.Parse("AccountName=recaps;Credential=managedidentity;ClientId=00000000-0000-0000-0000-000000000001");

        Assert.IsType<ManagedIdentityCredential>(account.Credential.Token);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AccountName=a;AccountKey")]
    [InlineData("AccountName=a;Bogus=1")]
    [InlineData("AccountName=a;AccountName=b")]
    [InlineData("AccountKey=c2VjcmV0")]
    [InlineData("AccountName=a;AccountKey=c2VjcmV0;SharedAccessSignature=sig=1")]
    [InlineData("UseDevelopmentStorage=false")]
    [InlineData("AccountName=a;DefaultEndpointsProtocol=ftp")]
    [InlineData("AccountName=a;TableEndpoint=not a url")]
    [InlineData("AccountName=a;Credential=clientsecret")]
    public void Parse_Malformed_ThrowsFormatException(string connectionString)
    {
        Assert.Throws<FormatException>(() => StorageAccount.Parse(connectionString));
    }

    [Theory]
    [InlineData("AccountName=a;AccountKey=not*base64!secret")]
    [InlineData("AccountName=a;not*base64!secret")]
    public void Parse_MalformedSecret_DoesNotEchoIt(string connectionString)
    {
        var ex = Assert.Throws<FormatException>(() => StorageAccount.Parse(connectionString));

        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_AccountKey_NamesEndpointsButNotTheKey()
    {
        var text = StorageAccount.Parse($"AccountName=recaps;AccountKey={Key}").ToString();

        Assert.Contains("recaps", text, StringComparison.Ordinal);
        Assert.Contains("https://recaps.table.core.windows.net", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSettings_ConnectionStringUnderThePrefix_ParsesIt()
    {
        var settings = new Dictionary<string, string> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" };

        var account = StorageAccount.FromSettings(settings.GetValueOrDefault);

        Assert.Equal(StorageAccount.DevelopmentStorage, account);
    }

    [Fact]
    public void FromSettings_IdentityBasedSettings_BuildTokenAccount()
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage__accountName"] = "recaps",
            ["Storage__blobServiceUri"] = "https://custom.blob.example",
            ["Storage__credential"] = "managedidentity",
            ["Storage__clientId"] = "00000000-0000-0000-0000-000000000002",
        };

        var account = StorageAccount.FromSettings(settings.GetValueOrDefault, "Storage");

        Assert.NotNull(account);
        Assert.Equal("recaps", account.Name);
        Assert.Equal(new Uri("https://custom.blob.example"), account.BlobEndpoint);
        Assert.Equal(new Uri("https://recaps.table.core.windows.net"), account.TableEndpoint);
        Assert.IsType<ManagedIdentityCredential>(account.Credential.Token);
    }

    [Fact]
    public void FromSettings_ServiceUrisWithoutName_TakesTheNameFromTheHost()
    {
        var settings = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage__tableServiceUri"] = "https://recaps.table.core.windows.net",
            ["AzureWebJobsStorage__blobServiceUri"] = "https://recaps.blob.core.windows.net",
        };

        var account = StorageAccount.FromSettings(settings.GetValueOrDefault);

        Assert.Equal("recaps", account!.Name);
        Assert.IsType<DefaultAzureCredential>(account.Credential.Token);
    }

    [Fact]
    public void FromSettings_NothingSet_ReturnsNull()
    {
        Assert.Null(StorageAccount.FromSettings(_ => null));
    }

    [Fact]
    public void FromSettings_OnlyOneServiceUri_ThrowsNamingThePrefix()
    {
        var settings = new Dictionary<string, string> { ["AzureWebJobsStorage__blobServiceUri"] = "https://recaps.blob.core.windows.net" };

        var ex = Assert.Throws<FormatException>(() => StorageAccount.FromSettings(settings.GetValueOrDefault));

        Assert.Contains("AzureWebJobsStorage__", ex.Message, StringComparison.Ordinal);
    }
}
