using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Recaps.Core.Storage.Azure;

/// <summary>One service endpoint over its pipeline: builds requests under the endpoint and sends them, mapping transport failures.</summary>
internal sealed class StorageClient(HttpPipeline pipeline, Uri endpoint)
{
    public Uri Endpoint { get; } = endpoint;

    /// <summary>For messages: the endpoint without anything that could be a secret.</summary>
    public string Location { get; } = endpoint.GetLeftPart(UriPartial.Path);

    /// <summary>A request for <paramref name="path"/> (already escaped) under the endpoint.</summary>
    public HttpMessage CreateMessage(RequestMethod method, string path)
    {
        var message = pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(Endpoint);
        message.Request.Uri.AppendPath("/" + path.TrimStart('/'), escape: false);
        return message;
    }

    /// <summary>Sends; any response comes back (the caller judges its status), transport failures become StorageException.</summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return message.Response;
        }
        catch (Exception ex) when (StorageErrors.FromException(ex, Location, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    public StorageException Failure(Response response, string operation) => StorageErrors.FromResponse(response, Location, operation);
}
