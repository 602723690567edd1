using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Recaps.Core.Storage.Azure;

/// <summary>
/// Pipeline settings for the table and blob clients. Retries (Azure.Core's <see cref="ClientOptions.Retry"/>)
/// default to 5 exponential retries from 0.8 s, capped at 30 s; tests shrink them. Set
/// <see cref="ClientOptions.Transport"/> to talk through a given HttpClient or a fake transport.
/// </summary>
public sealed class StorageClientOptions : ClientOptions
{
    /// <summary>A version Azure and Azurite 3.37 both accept; Bearer tokens need a recent one.</summary>
    public const string DefaultServiceVersion = "2025-11-05";

    public StorageClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 5;
        Retry.Delay = TimeSpan.FromSeconds(0.8);
        Retry.MaxDelay = TimeSpan.FromSeconds(30);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(100);
        // Our logging policy writes to ILogger; Azure.Core's EventSource logging would be a second, unread copy.
        Diagnostics.IsLoggingEnabled = false;
        Diagnostics.IsDistributedTracingEnabled = false;
        Diagnostics.IsTelemetryEnabled = false;
    }

    public string ServiceVersion { get; set; } = DefaultServiceVersion;

    /// <summary>The clock for x-ms-date (signatures are valid for 15 minutes around it).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>How many partitions <c>WriteAsync</c> writes at once.</summary>
    public int MaxParallelPartitions { get; set; } = 8;
}
