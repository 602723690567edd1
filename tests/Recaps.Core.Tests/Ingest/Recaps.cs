using System.Text;
using Recaps.Core.Ingest;

namespace Recaps.Core.Tests.Ingest;

/// <summary>Small recaps the ingest tests store, and the time they arrive.</summary>
internal static class Recaps
{
    public static readonly DateTimeOffset Received = new(2025, 5, 21, 18, 0, 0, TimeSpan.FromHours(8));

    public const string First = """
        Hong Kong stocks close higher on 21 May 2025

        The Hang Seng Index rose 146 points, or 0.6%, to 23,827.79 on Wednesday. Contemporary Amperex Technology Co Ltd (CATL) jumped 9% in Hong Kong on its trading debut. Zijin Mining fell 2.1% after a profit warning.
        """;

    /// <summary>The same session told again: CATL by its short name, a different figure, Geely instead of Zijin.</summary>
    public const string Revised = """
        Hong Kong stocks close higher on 21 May 2025

        The Hang Seng Index rose 146 points, or 0.6%, to 23,827.79 on Wednesday. CATL surged 9.5% in Hong Kong. Geely Auto gained 1.2%.
        """;

    public const string NextDay = """
        Hong Kong stocks slip on 22 May 2025

        The Hang Seng Index fell 0.2% to 23,780.11 on Thursday. CATL dropped 3% in Hong Kong as early buyers took profits.
        """;

    public static RecapDocument Document(string source, string text, DateTimeOffset? received = null) =>
        new(source, Encoding.UTF8.GetBytes(text), received ?? Received);
}
