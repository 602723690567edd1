using Microsoft.Extensions.Logging;
using Recaps.Core.Storage;

namespace Recaps.Bot.Conversations;

// Log lines name the activity, never the user's text: questions can hold anything.
public sealed partial class RecapBot
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignoring a {ActivityType} activity from {ChannelId}")]
    private partial void LogIgnored(string? activityType, string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignoring a {ActivityType} activity that cannot be processed: {Problem}")]
    private partial void LogUnprocessable(string? activityType, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "{ActivityType} activity {ActivityId} from {ChannelId} was handled before; not answering again")]
    private partial void LogDuplicate(string? activityType, string activityId, string? channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "A message of {Length} characters from {ChannelId} is too long to be a question")]
    private partial void LogTooLong(int length, string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{ActivityType} activity {ActivityId} from {ChannelId} failed: storage unavailable ({Kind})")]
    private partial void LogStorageFailed(Exception exception, string? activityType, string? activityId, string? channelId, StorageErrorKind kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "{ActivityType} activity {ActivityId} from {ChannelId} failed")]
    private partial void LogTurnFailed(Exception exception, string? activityType, string? activityId, string? channelId);
}
