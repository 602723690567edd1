using Azure.Core;
using Azure.Core.Pipeline;

namespace Recaps.Core.Storage.Azure;

/// <summary>
/// Builds the Azure.Core pipeline for one service: retries (Azure.Core's, on 408/429/5xx and connection
/// failures), then per attempt fresh headers, authorization and logging.
/// </summary>
internal static class StoragePipeline
{
    public const string TokenScope = "https://storage.azure.com/.default";

    public static HttpPipeline Build(StorageAccount account, StorageService service, StorageClientOptions options)
    {
        var credential = account.Credential;
        HttpPipelinePolicy[] perCall = credential.Kind == StorageCredentialKind.SharedAccessSignature
            ? [new SasPolicy(credential.Sas!)]
            : [];
        var perRetry = new List<HttpPipelinePolicy> { new StorageHeadersPolicy(options.ServiceVersion, options.TimeProvider) };
        switch (credential.Kind)
        {
            case StorageCredentialKind.SharedKey when service == StorageService.Table:
                perRetry.Add(new SharedKeyLitePolicy(account.Name, credential.Key!));
                break;
            case StorageCredentialKind.SharedKey:
                perRetry.Add(new SharedKeyPolicy(account.Name, credential.Key!));
                break;
            case StorageCredentialKind.Token:
                perRetry.Add(new BearerTokenAuthenticationPolicy(credential.Token!, TokenScope));
                break;
            default:
                break;
        }
        var logger = options.LoggerFactory.CreateLogger("Recaps.Core.Storage.Azure");
        perRetry.Add(new StorageLoggingPolicy(logger, options.TimeProvider));
        return HttpPipelineBuilder.Build(options, perCall, [.. perRetry], new ResponseClassifier());
    }
}
