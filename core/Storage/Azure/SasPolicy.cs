using Azure.Core;
using Azure.Core.Pipeline;

namespace Recaps.Core.Storage.Azure;

/// <summary>Appends the shared access signature to the query, once per call (retries reuse the URL).</summary>
internal sealed class SasPolicy(string sas) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var query = message.Request.Uri.Query;
        message.Request.Uri.Query = string.IsNullOrEmpty(query) || query == "?" ? "?" + sas : query + "&" + sas;
    }
}
