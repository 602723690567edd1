using Recaps.Core.Storage;
using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Storage.Azure;

public sealed class TableBatchTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:10002/devstoreaccount1");
    private static readonly Guid Id = Guid.Parse("11111111-2222-3333-4444-555555555555");

    [Fact]
    public void Build_MixedActions_OneChangesetWithARequestPerAction()
    {
        TableAction[] actions =
        [
            TableAction.Add(new TableEntity("p", "a") { ["N"] = 1L }),
            TableAction.Upsert(new TableEntity("p", "O'b")),
            TableAction.Merge(new TableEntity("p", "c")),
            TableAction.Delete("p", "d"),
        ];

        var (body, contentType) = TableBatch.Build(Endpoint, "Moves", actions, Id);
        var text = System.Text.Encoding.UTF8.GetString(body);

        Assert.Equal("multipart/mixed; boundary=batch_11111111-2222-3333-4444-555555555555", contentType);
        Assert.StartsWith("--batch_11111111-2222-3333-4444-555555555555\r\nContent-Type: multipart/mixed; boundary=changeset_11111111-2222-3333-4444-555555555555\r\n\r\n", text);
        Assert.EndsWith("--changeset_11111111-2222-3333-4444-555555555555--\r\n\r\n--batch_11111111-2222-3333-4444-555555555555--\r\n", text);
        Assert.Equal(4, text.Split("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n").Length - 1);
        Assert.Contains("POST http://127.0.0.1:10002/devstoreaccount1/Moves HTTP/1.1\r\n", text);
        Assert.Contains("PUT http://127.0.0.1:10002/devstoreaccount1/Moves(PartitionKey='p',RowKey='O%27%27b') HTTP/1.1\r\n", text);
        Assert.Contains("MERGE http://127.0.0.1:10002/devstoreaccount1/Moves(PartitionKey='p',RowKey='c') HTTP/1.1\r\n", text);
        Assert.Contains("DELETE http://127.0.0.1:10002/devstoreaccount1/Moves(PartitionKey='p',RowKey='d') HTTP/1.1\r\n", text);
        Assert.Contains("If-Match: *\r\n", text);
        Assert.Contains("{\"PartitionKey\":\"p\",\"RowKey\":\"a\",\"N@odata.type\":\"Edm.Int64\",\"N\":\"1\"}\r\n", text);
    }

    [Fact]
    public void ReadFailure_AllNoContent_IsNull()
    {
        var body = Response(("204 No Content", ""), ("204 No Content", ""));

        Assert.Null(TableBatch.ReadFailure(body));
    }

    [Fact]
    public void ReadFailure_ServiceNamesIndex_ReportsThatIndexAndCode()
    {
        var error = "{\"odata.error\":{\"code\":\"EntityAlreadyExists\",\"message\":{\"lang\":\"en-US\",\"value\":\"5:The specified entity already exists.\\nRequestId:x\\nTime:y\"}}}";
        var body = Response(("409 Conflict", error));

        var failure = TableBatch.ReadFailure(body);

        Assert.NotNull(failure);
        Assert.Equal(StorageErrorKind.BatchFailed, failure.Kind);
        Assert.Equal(5, failure.FailedActionIndex);
        Assert.Equal(409, failure.Status);
        Assert.Equal("EntityAlreadyExists", failure.ErrorCode);
        Assert.Contains("action 5", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("RequestId", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFailure_NoIndexInMessage_UsesThePartPosition()
    {
        var error = "{\"odata.error\":{\"code\":\"ResourceNotFound\",\"message\":{\"lang\":\"en-US\",\"value\":\"The specified resource does not exist.\"}}}";
        var body = Response(("204 No Content", ""), ("404 Not Found", error));

        Assert.Equal(1, TableBatch.ReadFailure(body)!.FailedActionIndex);
    }

    [Fact]
    public void WriterChunk_RepeatedRowAndOverAHundred_StartsNewBatches()
    {
        var actions = Enumerable.Range(0, 150).Select(i => TableAction.Upsert(new TableEntity("p", i.ToString()))).ToList();
        actions.Insert(10, TableAction.Delete("p", "3"));

        var batches = TableBatches.Chunk(actions);

        Assert.Equal([10, 100, 41], batches.Select(b => b.Count));
        Assert.All(batches, TableBatches.Validate);
    }

    private static string Response(params (string Status, string Body)[] parts)
    {
        var text = "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_1\r\n\r\n";
        foreach (var (status, body) in parts)
        {
            text += "--changesetresponse_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
                + $"HTTP/1.1 {status}\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-cache\r\nDataServiceVersion: 3.0;\r\n"
                + (body.Length > 0 ? "Content-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8\r\n\r\n" + body + "\r\n" : "\r\n");
        }
        return text + "--changesetresponse_1--\r\n--batchresponse_1--\r\n";
    }
}
