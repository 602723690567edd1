using System.Text;
using Recaps.Core.Digest;
using Recaps.Core.Ingest;
using Recaps.Core.Model;
using Recaps.Core.Tests.Corpus;
using Recaps.Core.Tests.Ingest;
using Recaps.Testing;

namespace Recaps.Core.Tests.Digest;

/// <summary>The digest of real recaps ingested into a fresh embedded store.</summary>
public sealed class DigestComposerTests : IDisposable
{
    private static readonly DateTimeOffset June4Evening = new(2025, 6, 4, 18, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset May21Evening = new(2025, 5, 21, 18, 0, 0, TimeSpan.FromHours(8));

    // A second recap of the seed's session: the Hang Seng Index with fewer figures, Zijin Mining in Hong Kong with
    // more (its price), and a loser the seed does not name.
    private const string SecondRecapOfMay21 = """
        Hong Kong stocks close higher on 21 May 2025

        The Hang Seng Index gained 0.6% to 23,827.79 on Wednesday. Zijin Mining rose 7.5% to HK$19.62 in Hong Kong as gold prices hit a one-week high. Xiaomi fell 1.3% after a weak sales update.
        """;

    private readonly IngestHarness _harness = IngestHarness.Sqlite();

    private DigestComposer Composer => new(_harness.Store);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task ComposeAsync_EmptyStore_ReturnsNull()
    {
        Assert.Null(await Composer.ComposeAsync());
        Assert.Null(await Composer.ComposeAsync(new DateOnly(2025, 5, 21)));
    }

    [Fact]
    public async Task ComposeAsync_NoDate_CoversTheLatestSession()
    {
        await IngestSampleAsync("seed-2025-05-21.txt", June4Evening);
        await IngestSampleAsync("seed-2025-06-04.txt", June4Evening);

        var digest = await Composer.ComposeAsync();

        Assert.NotNull(digest);
        Assert.Equal((new DateOnly(2025, 6, 4), (DateOnly?)null, false), (digest.Date, digest.AskedDate, digest.IsEarlierThanAsked));
        var section = Assert.Single(digest.Markets);
        Assert.Equal(("HK", new DateOnly(2025, 6, 4), SessionKind.Close), (section.Market, section.Date, section.Kind));
        var hsi = Assert.Single(section.Indices);
        Assert.Equal((0.6m, 141m, 23_654m), (hsi.Move.Figures.Pct, hsi.Move.Figures.Points, hsi.Move.Figures.Level));
        Assert.Equal(["seed-2025-06-04.txt"], section.Sources.Select(a => a.Source));
    }

    [Fact]
    public async Task ComposeAsync_AskedDateWithoutSession_CoversTheNearestEarlierAndKeepsTheAskedDate()
    {
        await IngestSampleAsync("seed-2025-05-21.txt", June4Evening);
        await IngestSampleAsync("seed-2025-06-04.txt", June4Evening);

        var digest = await Composer.ComposeAsync(new DateOnly(2025, 6, 1));

        Assert.NotNull(digest);
        Assert.Equal((new DateOnly(2025, 5, 21), new DateOnly(2025, 6, 1), true), (digest.Date, digest.AskedDate, digest.IsEarlierThanAsked));
        Assert.Equal(new DateOnly(2025, 5, 21), Assert.Single(digest.Markets).Date);
        Assert.StartsWith("No session stored for Sun 1 Jun 2025; the latest before it is Wed 21 May 2025.\nHong Kong close, Wed 21 May 2025\n",
            DigestText.Render(digest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_AskedDateWithSession_CoversThatDateWithoutANote()
    {
        await IngestSampleAsync("seed-2025-05-21.txt", June4Evening);
        await IngestSampleAsync("seed-2025-06-04.txt", June4Evening);

        var digest = await Composer.ComposeAsync(new DateOnly(2025, 5, 21));

        Assert.NotNull(digest);
        Assert.Equal((new DateOnly(2025, 5, 21), false), (digest.Date, digest.IsEarlierThanAsked));
        Assert.StartsWith("Hong Kong close, Wed 21 May 2025\n", DigestText.Render(digest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_AskedDateBeforeEverySession_HasNoMarketsAndSaysSo()
    {
        await IngestSampleAsync("seed-2025-05-21.txt", June4Evening);

        var digest = await Composer.ComposeAsync(new DateOnly(2025, 1, 1));

        Assert.NotNull(digest);
        Assert.Equal(((DateOnly?)null, 0), (digest.Date, digest.Markets.Count));
        Assert.Equal("No session stored on or before Wed 1 Jan 2025.", DigestText.Render(digest));
    }

    [Fact]
    public async Task ComposeAsync_TwoRecapsOfOneSession_ShowsEachInstrumentOnceAndCitesBoth()
    {
        await IngestSampleAsync("seed-2025-05-21.txt", May21Evening, source: "a.txt");
        await _harness.Ingestor.IngestAsync(Document("b.txt", SecondRecapOfMay21, May21Evening.AddMinutes(5)));

        var section = Assert.Single((await Composer.ComposeAsync())!.Markets);

        Assert.Equal(["Hang Seng Index", "Shanghai Composite Index", "CSI 300 Index"], section.Indices.Select(m => m.Move.Name));
        // The seed's Hang Seng move has three figures, the second recap's two: the seed's is shown.
        Assert.Equal(("a.txt", 146m), (section.Indices[0].Article.Source, section.Indices[0].Move.Figures.Points));
        // Zijin Mining in Hong Kong: the second recap's move has its price as well.
        var zijin = Assert.Single(section.Gainers, m => m.Move.Name == "Zijin Mining");
        Assert.Equal(("b.txt", "HK", 7.5m, 19.62m), (zijin.Article.Source, zijin.Move.Venue, zijin.Move.Figures.Pct, zijin.Move.Figures.Price));
        Assert.Equal(["Xiaomi"], section.Losers.Select(m => m.Move.Name));
        Assert.Equal(["a.txt", "b.txt"], section.Sources.Select(a => a.Source));
        Assert.EndsWith("\nSources: recap a.txt, recap b.txt", DigestText.Render(new MarketDigest(section.Date, null, [section])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_GainersAndLosers_AreTheBiggestThreeEachWayByPercentage()
    {
        await IngestCorpusAsync("hk-2025-10-09-a.txt", new DateTimeOffset(2025, 10, 9, 18, 0, 0, TimeSpan.FromHours(8)));

        var section = Assert.Single((await Composer.ComposeAsync())!.Markets);

        // "over 9%" ranks by its 9 (ahead of Goldwind's 8.43%) and keeps its qualifier.
        Assert.Equal(["Hang Seng Bank", "Shanghai Electric", "China Gold International"], section.Gainers.Select(m => m.Move.Name));
        Assert.Equal([25.88m, 17.4m, 9m], section.Gainers.Select(m => m.Move.Figures.Pct!.Value));
        Assert.Equal("over", section.Gainers[2].Move.Qualifier);
        Assert.Equal(["Clover Biopharmaceuticals-B", "InnoCare Pharma", "Sino Biopharm"], section.Losers.Select(m => m.Move.Name));
        Assert.Equal([-13.4m, -11.64m, -7.49m], section.Losers.Select(m => m.Move.Figures.Pct!.Value));
    }

    [Fact]
    public async Task ComposeAsync_MovesOverOtherSpans_AreLeftOutOfTheRankings()
    {
        // The seed has CATL's "debut surge of 16%" the day before: the biggest figure, but not this session's.
        await IngestSampleAsync("seed-2025-05-21.txt", May21Evening);

        var section = Assert.Single((await Composer.ComposeAsync())!.Markets);

        Assert.Equal([10.2m, 10m, 7.5m], section.Gainers.Select(m => m.Move.Figures.Pct!.Value));
        Assert.All(section.Gainers.Concat(section.Indices), m => Assert.Null(m.Move.Period));
    }

    [Fact]
    public async Task ComposeAsync_SectorsBothWays_ShowsTheBiggestUpAndDown()
    {
        await IngestCorpusAsync("cn-2024-07-03-a.txt", new DateTimeOffset(2024, 7, 3, 18, 0, 0, TimeSpan.FromHours(8)));

        var section = Assert.Single((await Composer.ComposeAsync())!.Markets);

        Assert.Equal(["IT sector", "Property sector", "Financial sector sub-index", "Healthcare sub-index"], section.Sectors.Select(m => m.Move.Name));
    }

    [Fact]
    public async Task ComposeAsync_RecapsGiveReasons_IndicesFirstThenTheBiggestMovers()
    {
        await IngestSampleAsync("seed-2025-06-04.txt", June4Evening);

        var section = Assert.Single((await Composer.ComposeAsync())!.Markets);

        Assert.Equal(["Hang Seng Index", "Innovent Biologics", "Smoore International", "Pop Mart International"], section.Reasons.Select(m => m.Move.Name));
        Assert.Equal("strong earnings guidance", section.Reasons[2].Move.Reason);
    }

    [Fact]
    public async Task ComposeAsync_ReasonSharedBySeveralMoves_IsToldOnceWithTheBiggest()
    {
        await _harness.Ingestor.IngestAsync(Document("shared.txt", """
            Hong Kong stocks close higher on 21 May 2025

            The Hang Seng Index rose 0.4% to 23,700.10 on Wednesday. CSPC Pharmaceutical rose 2.8%, Hansoh Pharmaceutical 2.6% and Wuxi Biologics 4.1%, as confidence grew in China's biopharma sector.
            """, May21Evening));

        var section = Assert.Single((await Composer.ComposeAsync())!.Markets);

        var reason = Assert.Single(section.Reasons);
        Assert.Equal(("Wuxi Biologics", 4.1m), (reason.Move.Name, reason.Move.Figures.Pct));
    }

    [Fact]
    public async Task ComposeAsync_SessionWithOnlyIndices_MakesADigestOfItsIndices()
    {
        await _harness.Ingestor.IngestAsync(Document("hsi.txt", "The Hang Seng Index rose 1.2% to 20,000.50 on 21 May 2025.", May21Evening));

        var digest = await Composer.ComposeAsync();

        Assert.NotNull(digest);
        var section = Assert.Single(digest.Markets);
        Assert.Equal((1, 0, 0, 0, 0), (section.Indices.Count, section.Gainers.Count, section.Losers.Count, section.Sectors.Count, section.Reasons.Count));
        Assert.Equal("""
            Hong Kong close, Wed 21 May 2025
            Indices:
              Hang Seng Index: +1.2%, at 20,000.50
            Sources: recap hsi.txt
            """, DigestText.Render(digest));
    }

    [Fact]
    public async Task ComposeAsync_TwoMarketsOnTheLatestDate_OneSectionEachAndNothingOlder()
    {
        await _harness.Ingestor.IngestAsync(Document("hk.txt", "The Hang Seng Index rose 1.2% to 20,000.50 on 21 May 2025.", May21Evening));
        await _harness.Ingestor.IngestAsync(Document("jp.txt", "The Nikkei 225 fell 0.5% to 37,529.49 on 21 May 2025.", May21Evening));
        await _harness.Ingestor.IngestAsync(Document("hk-old.txt", "The Hang Seng Index fell 0.3% to 19,760.05 on 20 May 2025.", May21Evening));

        var digest = await Composer.ComposeAsync();

        Assert.NotNull(digest);
        Assert.Equal([("HK", "hk.txt"), ("JP", "jp.txt")], digest.Markets.Select(s => (s.Market, Assert.Single(s.Sources).Source)));
        Assert.Contains("\n\nJapan close, Wed 21 May 2025\n", DigestText.Render(digest), StringComparison.Ordinal);
    }

    private async Task IngestSampleAsync(string name, DateTimeOffset received, string? source = null) =>
        await IngestFileAsync(Path.Combine(RepositoryRoot.Path, "samples", name), source ?? name, received);

    private async Task IngestCorpusAsync(string name, DateTimeOffset received) =>
        await IngestFileAsync(Path.Combine(CorpusLocator.CorpusDirectory, "dev", name), name, received);

    private async Task IngestFileAsync(string path, string source, DateTimeOffset received)
    {
        var outcome = await _harness.Ingestor.IngestAsync(new RecapDocument(source, await File.ReadAllBytesAsync(path), received));
        Assert.Equal(IngestStatus.New, outcome.Status);
    }

    private static RecapDocument Document(string source, string text, DateTimeOffset received) => new(source, Encoding.UTF8.GetBytes(text), received);
}
