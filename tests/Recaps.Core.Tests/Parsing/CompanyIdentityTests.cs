using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class CompanyIdentityTests
{
    [Fact]
    public void Parse_NameWithExchangeCodeThenBareTicker_IsOneCompany()
    {
        var text = "Commonwealth Bank (ASX:CBA) fell 1.2%. CBA shares had risen in early trade.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T17:00:00+10:00")).Session;

        var cba = session.Moves
            .Where(m => m.Kind == InstrumentKind.Stock && (m.NameContains("CBA") || m.NameContains("Commonwealth")))
            .ToList();
        Assert.True(cba.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() == 1, MoveText.List(session.Moves));
        Assert.Contains(cba, m => m.Figures.Pct == -1.2m);
    }
}
