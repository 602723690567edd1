using Recaps.Testing;

namespace Recaps.Functions.Tests;

/// <summary>Files of the repository the tests read.</summary>
internal static class RepoPaths
{
    public static string Sample(string name) => Path.Combine(RepositoryRoot.Path, "samples", name);
}
