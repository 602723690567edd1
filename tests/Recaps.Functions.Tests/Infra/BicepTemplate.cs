namespace Recaps.Functions.Tests.Infra;

/// <summary>
/// A Bicep file read with <see cref="BicepTokenizer"/> and cut into top-level statements. Enough to check that the
/// templates agree with the code; nothing here validates Bicep itself.
/// </summary>
internal sealed class BicepTemplate
{
    private static readonly string[] Keywords = ["targetScope", "metadata", "import", "type", "func", "param", "var", "resource", "module", "output"];

    private BicepTemplate(string path, string text, IReadOnlyList<BicepToken> tokens, IReadOnlyList<BicepStatement> statements)
    {
        Path = path;
        Text = text;
        Tokens = tokens;
        Statements = statements;
    }

    public string Path { get; }

    public string FileName => System.IO.Path.GetFileName(Path);

    public string Text { get; }

    public IReadOnlyList<BicepToken> Tokens { get; }

    public IReadOnlyList<BicepStatement> Statements { get; }

    public IEnumerable<BicepStatement> Parameters => Statements.Where(s => s.Keyword == "param");

    public IEnumerable<BicepStatement> Resources => Statements.Where(s => s.Keyword == "resource");

    public IEnumerable<BicepStatement> Modules => Statements.Where(s => s.Keyword == "module");

    public static BicepTemplate Load(string path)
    {
        var text = File.ReadAllText(path);
        try
        {
            var tokens = BicepTokenizer.Tokenize(text);
            return new BicepTemplate(path, text, tokens, Split(text, tokens));
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{System.IO.Path.GetFileName(path)}: {ex.Message}", ex);
        }
    }

    public BicepStatement Parameter(string name) => Single("param", name);

    public BicepStatement Variable(string name) => Single("var", name);

    public BicepStatement Resource(string symbol) => Single("resource", symbol);

    public BicepStatement Module(string symbol) => Single("module", symbol);

    /// <summary>The string literals of a <c>var</c> (one string, or an array or object of them).</summary>
    public IReadOnlyList<string> VariableStrings(string name) =>
        [.. Variable(name).Value.Where(t => t.IsString && t.Value is not null).Select(t => t.Value!)];

    /// <summary>The <c>key: 'value'</c> pairs of a <c>var</c> holding an object of strings.</summary>
    public IReadOnlyDictionary<string, string> VariableObject(string name)
    {
        var value = Variable(name).Value;
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < value.Count; i++)
        {
            if (value[i].Kind == BicepTokenKind.Identifier && value[i + 1].Is(":") && value[i + 2] is { IsString: true, Value: { } v })
            {
                pairs[value[i].Text] = v;
            }
        }
        return pairs;
    }

    /// <summary>
    /// The names of every <c>{ name: 'X' value: ... }</c> object in the file: the app settings shape
    /// (<c>siteConfig.appSettings</c>). Only literal names count; a computed name would not be found (and so fail the
    /// tests that look for it, which is the safe direction).
    /// </summary>
    public IReadOnlyList<(string Name, IReadOnlyList<BicepToken> Value)> NameValuePairs()
    {
        var found = new List<(string, IReadOnlyList<BicepToken>)>();
        var t = Tokens.Where(x => x.Kind != BicepTokenKind.Newline).ToList();
        for (var i = 0; i + 5 < t.Count; i++)
        {
            if (t[i].Is("name") && t[i + 1].Is(":") && t[i + 2] is { IsString: true, Value: { } name } && t[i + 3].Is("value") && t[i + 4].Is(":"))
            {
                // The value runs to the closing brace of the pair's object.
                var value = new List<BicepToken>();
                var depth = 0;
                for (var j = i + 5; j < t.Count; j++)
                {
                    if (t[j].Is("{") || t[j].Is("[") || t[j].Is("("))
                    {
                        depth++;
                    }
                    else if ((t[j].Is("}") || t[j].Is("]") || t[j].Is(")")) && depth-- == 0)
                    {
                        break;
                    }
                    value.Add(t[j]);
                }
                found.Add((name, value));
            }
        }
        return found;
    }

    /// <summary>Every call of <paramref name="function"/> (as <c>f(...)</c> or <c>sym.f(...)</c>): the symbol before the dot, if any, and the argument tokens.</summary>
    public IReadOnlyList<(string? Receiver, IReadOnlyList<BicepToken> Arguments)> Calls(string function)
    {
        var calls = new List<(string?, IReadOnlyList<BicepToken>)>();
        for (var i = 0; i + 1 < Tokens.Count; i++)
        {
            if (!Tokens[i].Is(function) || !Tokens[i + 1].Is("("))
            {
                continue;
            }
            var receiver = i >= 2 && Tokens[i - 1].Is(".") ? Tokens[i - 2].Text : null;
            var arguments = new List<BicepToken>();
            var depth = 0;
            for (var j = i + 1; j < Tokens.Count; j++)
            {
                if (Tokens[j].Is("("))
                {
                    depth++;
                }
                else if (Tokens[j].Is(")") && --depth == 0)
                {
                    break;
                }
                if (j > i + 1)
                {
                    arguments.Add(Tokens[j]);
                }
            }
            calls.Add((receiver, arguments));
        }
        return calls;
    }

    public static IEnumerable<BicepToken> PropertyValues(IReadOnlyList<BicepToken> tokens, string name)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Is(name) && tokens[i + 1].Is(":") && (i == 0 || !tokens[i - 1].Is(".")))
            {
                yield return tokens[i + 2];
            }
        }
    }

    /// <summary>The tokens inside the braces of the first <c>name: { ... }</c> property, or none.</summary>
    public static IReadOnlyList<BicepToken> ObjectBody(IReadOnlyList<BicepToken> tokens, string name)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].Is(name) || !tokens[i + 1].Is(":") || !tokens[i + 2].Is("{"))
            {
                continue;
            }
            var body = new List<BicepToken>();
            var depth = 0;
            for (var j = i + 2; j < tokens.Count; j++)
            {
                if (tokens[j].Is("{"))
                {
                    depth++;
                }
                else if (tokens[j].Is("}") && --depth == 0)
                {
                    return body;
                }
                if (j > i + 2)
                {
                    body.Add(tokens[j]);
                }
            }
        }
        return [];
    }

    /// <summary>The top-level keys of the first <c>name: { ... }</c> property (a module's <c>params</c>).</summary>
    public static IReadOnlyList<string> ObjectKeys(IReadOnlyList<BicepToken> tokens, string name)
    {
        var body = ObjectBody(tokens, name);
        var keys = new List<string>();
        var depth = 0;
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i].Is("{") || body[i].Is("[") || body[i].Is("("))
            {
                depth++;
            }
            else if (body[i].Is("}") || body[i].Is("]") || body[i].Is(")"))
            {
                depth--;
            }
            else if (depth == 0 && body[i].Kind == BicepTokenKind.Identifier && i + 1 < body.Count && body[i + 1].Is(":")
                && (i == 0 || body[i - 1].Kind == BicepTokenKind.Newline))
            {
                keys.Add(body[i].Text);
            }
        }
        return keys;
    }

    private BicepStatement Single(string keyword, string symbol) =>
        Statements.SingleOrDefault(s => s.Keyword == keyword && s.Symbol == symbol)
        ?? throw new InvalidOperationException($"{FileName}: no {keyword} {symbol}");

    // Statements end at a line break outside any brackets; decorator lines attach to the statement that follows.
    private static List<BicepStatement> Split(string text, IReadOnlyList<BicepToken> tokens)
    {
        var statements = new List<BicepStatement>();
        var decorators = new List<BicepDecorator>();
        var current = new List<BicepToken>();
        var depth = 0;
        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }
            if (current[0].Is("@"))
            {
                var name = current.Count > 1 ? current[1].Text : "";
                decorators.Add(new BicepDecorator(name, [.. current.Skip(2)]));
            }
            else
            {
                var keyword = current[0].Text;
                if (!Keywords.Contains(keyword))
                {
                    throw new FormatException($"line {current[0].Line}: a statement cannot start with '{keyword}'");
                }
                var symbol = current.Count > 1 && current[1].Kind == BicepTokenKind.Identifier ? current[1].Text : "";
                var last = current[^1];
                statements.Add(new BicepStatement(keyword, symbol, decorators, current, text[current[0].Start..(last.Start + last.Text.Length)]));
                decorators = [];
            }
            current = [];
        }
        foreach (var token in tokens)
        {
            if (token.Is("{") || token.Is("[") || token.Is("("))
            {
                depth++;
            }
            else if (token.Is("}") || token.Is("]") || token.Is(")"))
            {
                depth--;
            }
            if (token.Kind == BicepTokenKind.Newline && depth == 0)
            {
                Flush();
                continue;
            }
            current.Add(token);
        }
        Flush();
        if (decorators.Count > 0)
        {
            throw new FormatException($"@{decorators[0].Name} decorates nothing at the end of the file");
        }
        return statements;
    }
}
