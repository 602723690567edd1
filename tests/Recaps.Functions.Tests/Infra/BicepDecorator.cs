namespace Recaps.Functions.Tests.Infra;

/// <summary>A decorator such as <c>@description('...')</c> or <c>@allowed([...])</c>: its name and the tokens of its arguments.</summary>
internal sealed record BicepDecorator(string Name, IReadOnlyList<BicepToken> Arguments)
{
    /// <summary>The string literals among the arguments (the description's text, the allowed values).</summary>
    public IReadOnlyList<string> Strings => [.. Arguments.Where(t => t.IsString && t.Value is not null).Select(t => t.Value!)];
}
