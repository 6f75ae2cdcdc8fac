using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;
using HuuNghi.Documents.Tests.Support;

namespace HuuNghi.Documents.Tests.Parsing;

/// <summary>The seeds saved by LibreOffice as DOCX and as PDF parse to what their text parses to.</summary>
public class FormatRoundTripTests(SofficeConversions conversions) : IClassFixture<SofficeConversions>
{
    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    public void Should_parse_converted_seeds_to_the_same_header_citations_and_tasks(string format)
    {
        var converted = conversions.Convert(format);
        foreach (var seed in SharedFiles.Seeds)
        {
            var fromText = DocumentParser.ParseFile(seed);
            var fromFormat = DocumentParser.ParseFile(converted[Path.GetFileNameWithoutExtension(seed)]);
            Assert.True(fromFormat.Succeeded, fromFormat.Error?.ToString());
            Assert.Equal(Summaries(fromText), Summaries(fromFormat));
        }
    }

    private static List<string> Summaries(ParsedFile file) => file.Documents.SelectMany(Summary).ToList();

    private static IEnumerable<string> Summary(ParsedDocument d)
    {
        yield return $"{d.Kind}|{d.Number}|{d.Symbol}|{d.Reference}|{d.IssuedOn}|{d.Place}|{d.Issuer}|{d.Title}";
        foreach (var c in d.Citations) yield return $"cite {c.Kind}|{c.Reference}|{c.IssuedOn}";
        foreach (var t in d.Tasks)
            yield return $"task {t.Ref}|{t.Title}|{string.Join(";", t.Lead)}|{string.Join(";", t.Coordinating)}|{t.Timeframe.Kind}|{t.Timeframe.Due}";
    }
}
