using Recaps.Functions.Cli;

namespace Recaps.Functions.Local;

/// <summary>
/// Where the local run finds the app's files: the function folders (<c>SweepRecaps/function.json</c>) next to
/// the executable or at the app root (the folder holding host.json), and the sample recaps of the repository.
/// </summary>
internal static class AppRoots
{
    public const string SamplesFolder = "samples";

    /// <summary>Next to the executable, the nearest folder above it holding host.json, then the current folder.</summary>
    public static IReadOnlyList<string> Default()
    {
        var roots = new List<string> { AppContext.BaseDirectory };
        if (Above(AppContext.BaseDirectory, "host.json") is { } appRoot)
        {
            roots.Add(appRoot);
        }
        roots.Add(Directory.GetCurrentDirectory());
        return [.. roots.Distinct(StringComparer.Ordinal)];
    }

    /// <summary><c>samples/</c> in the current folder, else at the repository root above it or above the executable; null when none has recaps.</summary>
    public static string? FindSamples()
    {
        var candidates = new[]
        {
            Path.Combine(Directory.GetCurrentDirectory(), SamplesFolder),
            Above(Directory.GetCurrentDirectory(), "Serverless.sln") is { } fromHere ? Path.Combine(fromHere, SamplesFolder) : null,
            Above(AppContext.BaseDirectory, "Serverless.sln") is { } fromApp ? Path.Combine(fromApp, SamplesFolder) : null,
        };
        return candidates.FirstOrDefault(folder => folder is not null && Directory.Exists(folder)
            && IngestInputs.TryExpand([folder], null, false, out var files, out _, out _) && files.Count > 0);
    }

    private static string? Above(string start, string marker)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, marker)))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
