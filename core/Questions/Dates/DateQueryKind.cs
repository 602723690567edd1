namespace Recaps.Core.Questions.Dates;

/// <summary>What a date expression in a question asks for.</summary>
public enum DateQueryKind
{
    /// <summary>One calendar day: <see cref="DateQuery.From"/> equals <see cref="DateQuery.To"/>.</summary>
    Day,

    /// <summary>
    /// "yesterday": a count of trading sessions back, because on a Monday yesterday's session is Friday's.
    /// The caller takes the <see cref="DateQuery.SessionsBack"/>-th latest stored session on or before
    /// <see cref="DateQuery.To"/>.
    /// </summary>
    SessionsBack,

    /// <summary>A span of days, <see cref="DateQuery.From"/> to <see cref="DateQuery.To"/>.</summary>
    Period,

    /// <summary>"that day": the caller reuses the date of its previous answer.</summary>
    SameAsBefore,
}
