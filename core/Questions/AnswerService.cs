using Recaps.Core.Questions.Reading;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Questions;

/// <summary>
/// Answers market questions from the session store: reads the question against the catalogue, the clock
/// and the conversation, then answers from the stored moves, always saying which session and which recap.
/// It never guesses: an unknown name, an ambiguous one or a date without a session is said as such.
/// </summary>
public sealed partial class AnswerService
{
    /// <summary>How long the catalogue of names is reused before it is read again (new recaps teach new names).</summary>
    public static readonly TimeSpan DefaultCatalogLifetime = TimeSpan.FromSeconds(10);

    private readonly SessionStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _catalogLifetime;
    private volatile CachedCatalog? _catalog;
    private int _refreshing;

    public AnswerService(SessionStore store, TimeProvider time, TimeSpan? catalogLifetime = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
        _catalogLifetime = catalogLifetime ?? DefaultCatalogLifetime;
    }

    /// <summary>
    /// The answer to <paramref name="question"/>, asked after the answer that left <paramref name="context"/>.
    /// Throws <see cref="Storage.StorageException"/> only when the store cannot be read.
    /// </summary>
    public async Task<Answer> AskAsync(string question, ConversationContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        context ??= ConversationContext.Empty;
        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        var index = await CatalogAsync(cancellationToken).ConfigureAwait(false);
        var query = QuestionReader.Read(question, context, today, index);
        if (query.Ambiguous.Count > 0 && query.Instruments.Count == 0)
        {
            return Clarify(query);
        }
        return query.Intent switch
        {
            // Before any recap is stored, no name is known: say that, not that no recap mentions this one.
            QuestionIntent.Move or QuestionIntent.Reason or QuestionIntent.Compare when index.Entries.Count == 0 => NoSessions(query),
            QuestionIntent.Move or QuestionIntent.Reason or QuestionIntent.Compare when query.Unknown is { } unknown => NotFound(query, unknown, index),
            QuestionIntent.Move or QuestionIntent.Reason or QuestionIntent.Compare => await MovesAsync(query, context, cancellationToken).ConfigureAwait(false),
            QuestionIntent.Ranking or QuestionIntent.Sectors => await RankingAsync(query, context, cancellationToken).ConfigureAwait(false),
            QuestionIntent.Summary => await SummaryAsync(query, context, cancellationToken).ConfigureAwait(false),
            QuestionIntent.Sessions => await SessionsAsync(query, cancellationToken).ConfigureAwait(false),
            _ => await HelpAsync(cancellationToken).ConfigureAwait(false),
        };
    }

    // The first question reads the catalogue; later ones use it and, once it is older than the lifetime, refresh it
    // in the background, so no question waits for a catalogue read (new names show within a lifetime or so).
    private async Task<InstrumentIndex> CatalogAsync(CancellationToken cancellationToken)
    {
        if (_catalog is not { } cached)
        {
            return await ReadCatalogAsync(cancellationToken).ConfigureAwait(false);
        }
        if (_time.GetElapsedTime(cached.Read) >= _catalogLifetime && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await ReadCatalogAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (Storage.StorageException)
                {
                    // The next question tries again; until then the names already known serve.
                }
                finally
                {
                    Volatile.Write(ref _refreshing, 0);
                }
            }, CancellationToken.None);
        }
        return cached.Index;
    }

    private async Task<InstrumentIndex> ReadCatalogAsync(CancellationToken cancellationToken)
    {
        var read = _time.GetTimestamp();
        var index = InstrumentIndex.Build(await _store.GetInstrumentsAsync(cancellationToken).ConfigureAwait(false));
        _catalog = new CachedCatalog(index, read);
        return index;
    }

    private sealed record CachedCatalog(InstrumentIndex Index, long Read);
}
