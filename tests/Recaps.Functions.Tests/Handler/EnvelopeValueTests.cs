using System.Text.Json;
using Recaps.Functions.Handler;

namespace Recaps.Functions.Tests.Handler;

public sealed class EnvelopeValueTests
{
    [Theory]
    [InlineData("\"\\\"report.csv\\\"\"", "report.csv")]
    [InlineData("\"report.csv\"", "report.csv")]
    [InlineData("\"\\\"a \\\\\\\"quoted\\\\\\\" name\\\"\"", "a \"quoted\" name")]
    [InlineData("\"\\\"https://acct.blob.core.windows.net/recaps/a%20b.txt\\\"\"", "https://acct.blob.core.windows.net/recaps/a%20b.txt")]
    [InlineData("\"1\"", "1")]
    [InlineData("1", "1")]
    [InlineData("true", "true")]
    [InlineData("\"\"", "")]
    public void Text_DoubleEncodedOrPlain_UnwrapsOnce(string json, string expected)
    {
        Assert.Equal(expected, EnvelopeValue.Text(Parse(json)));
    }

    [Fact]
    public void Text_QuotedButNotOneJsonString_IsKeptAsItIs()
    {
        var text = "\"a\" and \"b\"";

        Assert.Equal(text, EnvelopeValue.Text(Parse(JsonSerializer.Serialize(text))));
    }

    [Fact]
    public void Text_TripleEncoded_UnwrapsOnlyOnce()
    {
        var twice = JsonSerializer.Serialize(JsonSerializer.Serialize("a.txt"));

        Assert.Equal("\"a.txt\"", EnvelopeValue.Text(Parse(JsonSerializer.Serialize(twice))));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("[]")]
    public void Text_NotAScalar_IsNull(string json)
    {
        Assert.Null(EnvelopeValue.Text(Parse(json)));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"\\\"False\\\"\"", false)]
    [InlineData("\"maybe\"", null)]
    public void Boolean_BoolOrEncodedString(string json, bool? expected)
    {
        Assert.Equal(expected, EnvelopeValue.Boolean(Parse(json)));
    }

    [Theory]
    [InlineData("\"2026-09-24T13:08:00.0096035+00:00\"", "2026-09-24T13:08:00.0096035+00:00")]
    [InlineData("\"\\\"2026-09-24T13:09:00Z\\\"\"", "2026-09-24T13:09:00+00:00")]
    [InlineData("\"0001-01-01T00:00:00\"", "0001-01-01T00:00:00+00:00")]
    public void Time_IsoOrEncoded(string json, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EnvelopeValue.Time(Parse(json)));
    }

    [Theory]
    [InlineData("\"not a date\"")]
    [InlineData("\"2026-13-45T99:00:00Z\"")]
    [InlineData("null")]
    public void Time_Invalid_IsNullNotAnError(string json)
    {
        Assert.Null(EnvelopeValue.Time(Parse(json)));
    }

    [Fact]
    public void Object_StringHoldingAnObject_IsParsed()
    {
        var value = EnvelopeValue.Object(Parse(JsonSerializer.Serialize("{\"IsPastDue\":true}")));

        Assert.True(value?.GetProperty("IsPastDue").GetBoolean());
    }

    [Fact]
    public void Property_IgnoresCase()
    {
        Assert.Equal("x", EnvelopeValue.Property(Parse("{\"uri\":\"x\"}"), "Uri")?.GetString());
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
