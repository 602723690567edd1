namespace Recaps.Core.Questions;

internal static class SequenceExtensions
{
    /// <summary>The only element, or default when there are none or several.</summary>
    public static T? SingleOrDefaultIfMany<T>(this IEnumerable<T> source)
    {
        using var items = source.GetEnumerator();
        if (!items.MoveNext())
        {
            return default;
        }
        var first = items.Current;
        return items.MoveNext() ? default : first;
    }
}
