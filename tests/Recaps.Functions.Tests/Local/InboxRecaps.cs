namespace Recaps.Functions.Tests.Local;

/// <summary>Small recaps to drop into an inbox: a dated Hong Kong close, and the same with two more moves.</summary>
internal static class InboxRecaps
{
    public const string TwoMoves =
        "Hong Kong stocks closed higher on Thursday, June 5, 2025. The Hang Seng Index rose 1.1% to close at 23,906, " +
        "and Xiaomi shares jumped 5% after strong sales of its new electric car.";

    public const string FourMoves = TwoMoves + " Tencent gained 2.4%, while Meituan fell 3.1%.";
}
