namespace Recaps.Core.Tests.Corpus;

/// <summary>Finds the shared corpus: the folder holding Serverless.sln, then ../shared/corpus beside it.</summary>
internal static class CorpusLocator
{
    private const string SolutionFile = "Serverless.sln";

    private static readonly Lazy<string> Located = new(Locate);

    /// <summary>The corpus folder; throws with the places looked at when it is not there.</summary>
    public static string CorpusDirectory => Located.Value;

    private static string Locate()
    {
        var start = AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                continue;
            }

            var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
            if (Directory.Exists(Path.Combine(corpus, "seeds")) && Directory.Exists(Path.Combine(corpus, "dev")))
            {
                return corpus;
            }

            throw new DirectoryNotFoundException(
                $"Corpus not found: expected {corpus} (with seeds/ and dev/) beside the repository at {dir.FullName}. " +
                "The corpus tests read the shared/ folder that sits next to the repository checkout.");
        }

        throw new DirectoryNotFoundException(
            $"Corpus not found: no {SolutionFile} in {start} or any folder above it, so ../shared/corpus could not be located.");
    }
}
