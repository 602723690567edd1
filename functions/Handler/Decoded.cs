namespace Recaps.Functions.Handler;

/// <summary>A value read from an invocation envelope, or why it could not be read (a malformed envelope is expected input, not an exception).</summary>
internal readonly record struct Decoded<T>(T? Value, string? Error)
    where T : class
{
    public static Decoded<T> Ok(T value) => new(value, null);

    public static Decoded<T> Fail(string error) => new(null, error);
}
