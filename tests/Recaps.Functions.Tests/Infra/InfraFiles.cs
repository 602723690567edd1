using Recaps.Testing;

namespace Recaps.Functions.Tests.Infra;

/// <summary>The templates under infra/, loaded once per test run.</summary>
internal static class InfraFiles
{
    private static readonly string Root = Path.Combine(RepositoryRoot.Path, "infra");

    private static readonly Lazy<IReadOnlyDictionary<string, BicepTemplate>> Loaded = new(() =>
        Directory.EnumerateFiles(Root, "*.bicep", SearchOption.AllDirectories)
            .Select(BicepTemplate.Load)
            .ToDictionary(t => Path.GetRelativePath(Root, t.Path).Replace('\\', '/'), StringComparer.Ordinal));

    public static string Folder => Root;

    /// <summary>Every .bicep file, by its path relative to infra/ (<c>main.bicep</c>, <c>modules/storage.bicep</c>).</summary>
    public static IReadOnlyDictionary<string, BicepTemplate> All => Loaded.Value;

    public static BicepTemplate Main => All["main.bicep"];

    public static BicepTemplate Module(string name) => All[$"modules/{name}.bicep"];

    /// <summary>The paths of every .bicep file, for theories.</summary>
    public static TheoryData<string> Paths()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Folder, path).Replace('\\', '/'));
        }
        return data;
    }
}
