namespace Recaps.Core.Storage.Azure;

/// <summary>Which storage service a pipeline talks to: it decides the shared-key flavour.</summary>
internal enum StorageService
{
    Table,
    Blob,
}
