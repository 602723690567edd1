using Recaps.Bot.Protocol;

namespace Recaps.Bot.Tests.Connector;

/// <summary>One request the stand-in connector received: the raw target as sent, the decoded path, and the activity.</summary>
internal sealed record ReceivedRequest(string Method, string RawTarget, string Path, string? Authorization, Activity Activity);
