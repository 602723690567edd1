namespace Recaps.Functions.Tests.Infra;

/// <summary>
/// One top-level statement of a Bicep file (<c>param</c>, <c>var</c>, <c>resource</c>, <c>module</c>, <c>output</c>,
/// ...): its keyword, its symbolic name, its decorators and its tokens up to the line break that ends it.
/// </summary>
internal sealed record BicepStatement(string Keyword, string Symbol, IReadOnlyList<BicepDecorator> Decorators, IReadOnlyList<BicepToken> Tokens, string Text)
{
    /// <summary>The third token of <c>resource sym 'Type@version'</c> or <c>module sym 'path'</c>.</summary>
    public string? Target => Tokens.Count > 2 && Tokens[2].IsString ? Tokens[2].Value : null;

    /// <summary>The resource type without its API version.</summary>
    public string? ResourceType => Target?.Split('@')[0];

    public bool IsExisting => Tokens.Any(t => t.Is("existing"));

    public BicepDecorator? Decorator(string name) => Decorators.FirstOrDefault(d => d.Name == name);

    /// <summary>The tokens after the statement's first top-level <c>=</c> (a param's default, a var's value, a resource's body).</summary>
    public IReadOnlyList<BicepToken> Value
    {
        get
        {
            var equals = Tokens.ToList().FindIndex(t => t.Is("="));
            return equals < 0 ? [] : [.. Tokens.Skip(equals + 1)];
        }
    }

    /// <summary>
    /// The token after every <c>name:</c> property in the statement, at any depth (a property's value when it is a
    /// single token: a string, a symbol, a number).
    /// </summary>
    public IEnumerable<BicepToken> PropertyValues(string name) => BicepTemplate.PropertyValues(Tokens, name);

    /// <summary>The string literal of the first <c>name:</c> property, or null.</summary>
    public string? StringProperty(string name) => PropertyValues(name).FirstOrDefault(t => t.IsString)?.Value;

    /// <summary>The symbol (<c>sym</c> or the first part of <c>sym.outputs.x</c>) the first <c>name:</c> property names, or null.</summary>
    public string? SymbolProperty(string name) => PropertyValues(name).FirstOrDefault(t => t.Kind == BicepTokenKind.Identifier)?.Text;
}
