using System.Collections;

namespace Recaps.Functions.Handler;

/// <summary>
/// The logging scope of one invocation: it puts <c>InvocationId</c> and <c>FunctionName</c> on every log line written
/// while it is open (console: "IngestRecap invocation 5f3c..."), and collects the invocation's lines for the
/// response's <c>Logs</c> array (<see cref="InvocationLogProvider"/>).
/// </summary>
internal sealed class InvocationScope(string functionName, string invocationId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>The header the host puts on every invocation request.</summary>
    public const string Header = "X-Azure-Functions-InvocationId";

    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private bool _closed;

    public string FunctionName { get; } = functionName;

    public string InvocationId { get; } = invocationId;

    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("InvocationId", InvocationId),
        1 => new("FunctionName", FunctionName),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public void Add(string line)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _lines.Add(line);
            }
        }
    }

    /// <summary>The lines so far; later lines (work the invocation left running) are dropped.</summary>
    public IReadOnlyList<string> Close()
    {
        lock (_gate)
        {
            _closed = true;
            return [.. _lines];
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{FunctionName} invocation {InvocationId}";
}
