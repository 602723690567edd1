namespace Recaps.Core.Tests.Corpus;

/// <summary>A venue as score.py groups it: a market ("cn") and, where known, a board within it ("sh").</summary>
internal readonly record struct VenueKey(string Market, string? Board);
