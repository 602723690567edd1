using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Questions;

/// <summary>
/// A structured answer: a title, notes (the date actually used, what is missing), the facts with their
/// sources and evidence sentences, other lines (choices, help), follow-up suggestions, and the context for
/// the next question. <see cref="Text"/> is its plain-text form.
/// </summary>
public sealed record Answer
{
    public required AnswerKind Kind { get; init; }

    public required QuestionIntent Intent { get; init; }

    /// <summary>"CATL, Wed 21 May 2025".</summary>
    public required string Title { get; init; }

    /// <summary>Said before the facts: "No recap of Sat 24 May 2025; the latest before it is Fri 23 May 2025."</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<AnswerFact> Facts { get; init; } = [];

    /// <summary>Lines that are not facts: the choices of a "which one?", the examples of help.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>Whether the plain text quotes the facts' source sentences (answers about one instrument do).</summary>
    public bool ShowEvidence { get; init; }

    /// <summary>Whether the plain text gives the facts' reasons (answers to "why?" and about one instrument do).</summary>
    public bool ShowReasons { get; init; }

    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public ConversationContext Context { get; init; } = ConversationContext.Empty;

    /// <summary>Every recap the facts come from, in order of first use.</summary>
    public IReadOnlyList<ArticleRef> Sources => [.. Facts.Select(f => f.Move.Article).DistinctBy(a => a.Id)];

    public string Text => AnswerText.Render(this);
}
