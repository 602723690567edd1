namespace Recaps.Testing;

/// <summary>
/// The folder holding Serverless.sln, found by walking up from the running binaries (which may sit
/// deep under bin/, as BenchmarkDotNet's generated projects do). Linked into the test-side projects.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"Serverless.sln not found above {AppContext.BaseDirectory}");
    }
}
