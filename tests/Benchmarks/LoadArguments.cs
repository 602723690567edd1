using System.Globalization;

namespace Recaps.Benchmarks;

/// <summary>The options of the load modes: "--name value" pairs and bare flags.</summary>
internal sealed class LoadArguments(IReadOnlyList<string> args)
{
    public bool Flag(string name) => args.Contains(name, StringComparer.Ordinal);

    public int Integer(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public IReadOnlyList<int> Integers(string name, IReadOnlyList<int> fallback) =>
        Value(name) is { } text ? [.. text.Split(',').Select(part => int.Parse(part, CultureInfo.InvariantCulture))] : fallback;

    public string? Value(string name)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }
}
