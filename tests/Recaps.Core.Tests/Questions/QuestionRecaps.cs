namespace Recaps.Core.Tests.Questions;

/// <summary>
/// A hand-written week of Hong Kong recaps (Wed 21 to Mon 26 May 2025; no weekend sessions) in the style the
/// parser reads, and the moments they arrive and questions are asked. Hong Kong time throughout.
/// </summary>
internal static class QuestionRecaps
{
    public static readonly TimeSpan HongKong = TimeSpan.FromHours(8);

    /// <summary>When the README's samples are ingested, and the moment "now" of questions about them.</summary>
    public static readonly DateTimeOffset SamplesReceived = new(2025, 6, 4, 18, 0, 0, HongKong);

    /// <summary>CATL in Hong Kong and Shenzhen, Zijin down with a reason, CMOC up with one, Geely down without.</summary>
    public const string Wednesday = """
        Hong Kong stocks close higher on 21 May 2025

        The Hang Seng Index rose 146 points, or 0.6%, to 23,827.79 on Wednesday. Contemporary Amperex Technology Co Ltd (CATL) jumped 9% in Hong Kong on its trading debut, while its Shenzhen-listed shares rose 10.2%. Zijin Mining fell 2.1% after a profit warning. CMOC Group gained 3% on hopes of higher cobalt prices. Geely Auto slid 1.4%.
        """;

    public const string Thursday = """
        Hong Kong stocks slip on 22 May 2025

        The Hang Seng Index fell 0.2% to 23,780.11 on Thursday. CATL dropped 3% in Hong Kong as early buyers took profits. Zijin Mining rose 1.1%.
        """;

    /// <summary>Tencent with its ticker, two other names starting "Hang", a property sector move.</summary>
    public const string Friday = """
        Hong Kong stocks close higher on 23 May 2025

        The Hang Seng Index rose 120 points, or 0.5%, to 23,601.26 on Friday. Tencent Holdings (00700) gained 1.8% after strong game revenue. Hang Seng Bank rose 0.9%. Hang Lung Properties fell 2.3% on weak leasing data. Meituan dropped 4.1% after a profit warning. The property sector fell 1.2%.
        """;

    public const string Monday = """
        Hong Kong stocks slip on 26 May 2025

        The Hang Seng Index fell 0.4% to 23,510.02 on Monday. Tencent Holdings rose 0.7%. Meituan slid 1.5%.
        """;

    /// <summary>6 pm Hong Kong time on that day of May 2025.</summary>
    public static DateTimeOffset ReceivedOn(int day) => new(2025, 5, day, 18, 0, 0, HongKong);

    /// <summary>A moment in May 2025, Hong Kong time: when a question is asked.</summary>
    public static DateTimeOffset At(int day, int hour = 18) => new(2025, 5, day, hour, 0, 0, HongKong);
}
