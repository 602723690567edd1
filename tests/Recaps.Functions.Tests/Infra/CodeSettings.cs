using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Recaps.Bot;
using Recaps.Core.Storage.Azure;
using Recaps.Functions.Handler;
using Recaps.Testing;

namespace Recaps.Functions.Tests.Infra;

/// <summary>
/// The app settings the app reads, found rather than listed, so a setting added later (by the bot, say) is caught by
/// <see cref="BicepConsistencyTests"/> without anyone remembering to add it here:
/// <list type="bullet">
/// <item>the source of functions/, bot/ and core/: <c>const string ...Setting = "X"</c>, <c>string prefix = "X"</c>
/// defaults, and string literals passed to <c>GetEnvironmentVariable("X")</c>, <c>setting("X")</c>/<c>settings("X")</c>/
/// <c>Setting("X")</c> lookups and <c>Configuration["X"]</c>;</item>
/// <item>the compiled assemblies: every <c>const string</c> field whose name ends in <c>Setting</c> (a check on the
/// source scan, which must find all of them);</item>
/// <item>the function definitions: <c>%X%</c> in any function.json value and every binding <c>connection</c>;</item>
/// <item>local.settings.json: every key of <c>Values</c> (what the app needs to run locally).</item>
/// </list>
/// The local run (functions/Local, namespace <c>Recaps.Functions.Local</c>) is left out: it is never deployed, and
/// its own settings (the local chat page's, say) are for a laptop. What it shares with the function app it reads
/// through the handler's code (<c>HandlerStore</c>) or the function definitions, which are scanned.
/// </summary>
internal static partial class CodeSettings
{
    private static readonly string[] SourceFolders = ["functions", "bot", "core"];

    private static readonly string LocalRunFolder = Path.Combine("functions", "Local") + Path.DirectorySeparatorChar;

    private const string LocalRunNamespace = "Recaps.Functions.Local";

    /// <summary>Everything found, from every source; a name may appear several times with different origins.</summary>
    public static IReadOnlyList<SettingRead> All() => [.. FromSource(), .. FromFunctionDefinitions(), .. FromLocalSettings()];

    public static IReadOnlyList<SettingRead> FromSource()
    {
        var found = new List<SettingRead>();
        foreach (var folder in SourceFolders)
        {
            foreach (var file in SourceFiles(Path.Combine(RepositoryRoot.Path, folder), "*.cs")
                .Where(f => !Path.GetRelativePath(RepositoryRoot.Path, f).StartsWith(LocalRunFolder, StringComparison.Ordinal)))
            {
                var text = File.ReadAllText(file);
                var origin = Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');
                foreach (var (pattern, how) in SourcePatterns())
                {
                    found.AddRange(pattern.Matches(text).Select(m => new SettingRead(m.Groups["name"].Value, $"{origin} ({how})")));
                }
            }
        }
        return found;
    }

    /// <summary>The compiled <c>const string ...Setting</c> fields of our three assemblies (public or not), but the local run's.</summary>
    public static IReadOnlyList<SettingRead> FromAssemblies()
    {
        Assembly[] assemblies = [typeof(HandlerStore).Assembly, typeof(BotSettings).Assembly, typeof(StorageAccount).Assembly];
        return
        [
            .. assemblies
                .SelectMany(a => a.GetTypes())
                .Where(t => t.Namespace is not { } ns || (ns != LocalRunNamespace && !ns.StartsWith(LocalRunNamespace + ".", StringComparison.Ordinal)))
                .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Setting", StringComparison.Ordinal))
                    .Select(f => new SettingRead((string)f.GetRawConstantValue()!, $"{t.FullName}.{f.Name} (compiled constant)"))),
        ];
    }

    public static IReadOnlyList<SettingRead> FromFunctionDefinitions()
    {
        var found = new List<SettingRead>();
        foreach (var file in SourceFiles(Path.Combine(RepositoryRoot.Path, "functions"), "function.json"))
        {
            var origin = Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var binding in json.RootElement.GetProperty("bindings").EnumerateArray())
            {
                foreach (var property in binding.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                {
                    var value = property.Value.GetString()!;
                    if (property.Name == "connection")
                    {
                        found.Add(new SettingRead(value, $"{origin} (connection)"));
                    }
                    found.AddRange(PercentSetting().Matches(value).Select(m => new SettingRead(m.Groups["name"].Value, $"{origin} (%{m.Groups["name"].Value}% in {property.Name})")));
                }
            }
        }
        return found;
    }

    public static IReadOnlyList<SettingRead> FromLocalSettings()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "local.settings.json")));
        return [.. json.RootElement.GetProperty("Values").EnumerateObject().Select(p => new SettingRead(p.Name, "local.settings.json (Values)"))];
    }

    /// <summary>The connection names of the function definitions (<c>"connection": "AzureWebJobsStorage"</c>).</summary>
    public static IReadOnlySet<string> Connections() =>
        FromFunctionDefinitions().Where(s => s.Origin.EndsWith("(connection)", StringComparison.Ordinal)).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(Regex Pattern, string How)> SourcePatterns() =>
    [
        (SettingConstant(), "const ...Setting"),
        (PrefixDefault(), "prefix default"),
        (EnvironmentRead(), "GetEnvironmentVariable"),
        (SettingLookup(), "settings lookup"),
        (ConfigurationIndexer(), "Configuration[...]"),
    ];

    private static IEnumerable<string> SourceFiles(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    [GeneratedRegex("""\bconst\s+string\s+\w*Setting\s*=\s*"(?<name>[^"]+)"\s*;""")]
    private static partial Regex SettingConstant();

    [GeneratedRegex("""\bstring\s+prefix\s*=\s*"(?<name>[^"]+)"\s*[,)]""")]
    private static partial Regex PrefixDefault();

    [GeneratedRegex("""\bGetEnvironmentVariable\(\s*"(?<name>[^"]+)"\s*\)""")]
    private static partial Regex EnvironmentRead();

    [GeneratedRegex("""\b[sS]ettings?\(\s*"(?<name>[^"]+)"\s*\)""")]
    private static partial Regex SettingLookup();

    [GeneratedRegex("""\b[cC]onfiguration\[\s*"(?<name>[^"]+)"\s*\]""")]
    private static partial Regex ConfigurationIndexer();

    [GeneratedRegex("%(?<name>[A-Za-z0-9_]+)%")]
    private static partial Regex PercentSetting();
}
