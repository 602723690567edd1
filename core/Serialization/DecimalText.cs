namespace Recaps.Core.Serialization;

/// <summary>Decimals as people write them: no trailing zeros (68.00 -> 68, 0.60 -> 0.6).</summary>
internal static class DecimalText
{
    // Dividing by one with the largest scale leaves the value and drops trailing zeros from the scale.
    private const decimal One = 1.0000000000000000000000000000m;

    public static decimal Normalize(decimal value) => value == 0m ? 0m : value / One;
}
