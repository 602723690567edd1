namespace Recaps.Functions.Tests;

/// <summary>A clock that stands still where the test puts it (Microsoft.Extensions.TimeProvider.Testing is not in the mirror).</summary>
internal sealed class FakeTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
