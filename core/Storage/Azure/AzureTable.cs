using System.Text.Json;
using Azure;
using Azure.Core;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Azure;

/// <summary>One table over the Table REST API. Thread-safe; created on first use, once per instance.</summary>
internal sealed class AzureTable(StorageClient client, string name, int maxParallelPartitions) : ITable
{
    private const string MinimalMetadata = "application/json;odata=minimalmetadata";
    private const int MaxPageSize = 1000;
    private volatile bool _created;

    public string Name { get; } = name;

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = client.CreateMessage(RequestMethod.Post, "Tables");
        message.Request.Headers.SetValue("Accept", "application/json;odata=nometadata");
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJson(message, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = Name }));
        var response = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status is not (201 or 204 or 409))
        {
            throw client.Failure(response, $"create table {Name}");
        }
        _created = true;
    }

    public async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        TableKeys.Validate(partitionKey, nameof(partitionKey));
        TableKeys.Validate(rowKey, nameof(rowKey));
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        using var message = client.CreateMessage(RequestMethod.Get, TableUris.EntityPath(Name, partitionKey, rowKey));
        message.Request.Headers.SetValue("Accept", MinimalMetadata);
        var response = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            200 => ReadEntity(response),
            404 => null,
            _ => throw client.Failure(response, $"read an entity of table {Name}"),
        };
    }

    public Task<string> UpsertAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) =>
        WriteEntityAsync(entity, mode, ifMatch: null, cancellationToken);

    public Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        return WriteEntityAsync(entity, mode, ifMatch, cancellationToken);
    }

    public async Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        using var message = client.CreateMessage(RequestMethod.Post, Name);
        message.Request.Headers.SetValue("Accept", MinimalMetadata);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJson(message, Serialize(entity));
        var response = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status is 201 or 204 ? ETagOf(response) : throw client.Failure(response, $"add an entity to table {Name}");
    }

    public async Task<bool> DeleteAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default)
    {
        TableKeys.Validate(partitionKey, nameof(partitionKey));
        TableKeys.Validate(rowKey, nameof(rowKey));
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        using var message = client.CreateMessage(RequestMethod.Delete, TableUris.EntityPath(Name, partitionKey, rowKey));
        message.Request.Headers.SetValue("Accept", MinimalMetadata);
        message.Request.Headers.SetValue("If-Match", ifMatch);
        var response = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            204 or 200 => true,
            404 => false,
            _ => throw client.Failure(response, $"delete an entity of table {Name}"),
        };
    }

    public async Task<TablePage> QueryPageAsync(TableQuery query, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Take ?? 0, nameof(query));
        if (query.Take == 0)
        {
            return new TablePage([], null);
        }
        var (nextPartition, nextRow) = continuationToken is null ? (null, null) : TableContinuation.FromToken(continuationToken);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        using var message = client.CreateMessage(RequestMethod.Get, Name + "()");
        message.Request.Headers.SetValue("Accept", MinimalMetadata);
        var uri = message.Request.Uri;
        if (ODataFilter.For(query) is { } filter)
        {
            uri.AppendQuery("$filter", filter, escapeValue: true);
        }
        uri.AppendQuery("$top", Math.Min(query.Take ?? MaxPageSize, MaxPageSize).ToString(System.Globalization.CultureInfo.InvariantCulture), escapeValue: true);
        if (nextPartition is not null)
        {
            uri.AppendQuery("NextPartitionKey", nextPartition, escapeValue: true);
        }
        if (nextRow is not null)
        {
            uri.AppendQuery("NextRowKey", nextRow, escapeValue: true);
        }
        var response = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw client.Failure(response, $"query table {Name}");
        }
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var rows = json.RootElement.GetProperty("value").EnumerateArray().Select(row => TableEntityJson.Read(row)).ToList();
        response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var partitionHeader);
        response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var rowHeader);
        return new TablePage(rows, TableContinuation.ToToken(partitionHeader, rowHeader));
    }

    public async Task SubmitBatchAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default)
    {
        TableBatches.Validate(actions);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var (body, contentType) = TableBatch.Build(client.Endpoint, Name, actions, Guid.NewGuid());
        using var message = client.CreateMessage(RequestMethod.Post, "$batch");
        message.Request.Headers.SetValue("Accept", MinimalMetadata);
        message.Request.Headers.SetValue("DataServiceVersion", "3.0");
        message.Request.Headers.SetValue("Content-Type", contentType);
        message.Request.Content = RequestContent.Create(body);
        var response = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 202)
        {
            throw client.Failure(response, $"write a batch to table {Name}");
        }
        if (TableBatch.ReadFailure(response.Content.ToString()) is { } failure)
        {
            throw failure;
        }
    }

    public Task WriteAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default) =>
        TableWriter.WriteAsync(this, actions, maxParallelPartitions, cancellationToken);

    private async Task<string> WriteEntityAsync(TableEntity entity, TableUpdateMode mode, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var method = mode == TableUpdateMode.Merge ? new RequestMethod("MERGE") : RequestMethod.Put;
        using var message = client.CreateMessage(method, TableUris.EntityPath(Name, entity.PartitionKey, entity.RowKey));
        message.Request.Headers.SetValue("Accept", MinimalMetadata);
        if (ifMatch is not null)
        {
            message.Request.Headers.SetValue("If-Match", ifMatch);
        }
        SetJson(message, Serialize(entity));
        var response = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status is 204 or 200
            ? ETagOf(response)
            : throw client.Failure(response, $"{(ifMatch is null ? "upsert" : "update")} an entity of table {Name}");
    }

    private Task EnsureCreatedAsync(CancellationToken cancellationToken) =>
        _created ? Task.CompletedTask : CreateIfNotExistsAsync(cancellationToken);

    private static void SetJson(HttpMessage message, byte[] body)
    {
        message.Request.Headers.SetValue("Content-Type", "application/json");
        message.Request.Headers.SetValue("DataServiceVersion", "3.0");
        message.Request.Content = RequestContent.Create(body);
    }

    // The same limits the embedded store checks, so both backends refuse the same entities the same way.
    private static byte[] Serialize(TableEntity entity)
    {
        var body = TableEntityJson.Serialize(entity);
        EntityLimits.Check(entity, body.Length);
        return body;
    }

    private static TableEntity ReadEntity(Response response)
    {
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        return TableEntityJson.Read(json.RootElement, response.Headers.ETag?.ToString("H"));
    }

    private static string ETagOf(Response response) =>
        response.Headers.ETag?.ToString("H") ?? throw new StorageException(StorageErrorKind.BadRequest, "The storage service returned no ETag.");
}
