namespace Recaps.Bot.Auth;

/// <summary>The keys to validate with (null when none were ever fetched), and whether the last fetch failed.</summary>
internal readonly record struct KeyLookup(SigningKeys? Keys, bool FetchFailed);
