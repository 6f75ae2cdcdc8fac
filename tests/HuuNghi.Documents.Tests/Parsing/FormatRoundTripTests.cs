using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;
using HuuNghi.Documents.Tests.Support;

namespace HuuNghi.Documents.Tests.Parsing;

/// <summary>
/// The seeds saved by LibreOffice as DOCX and as PDF parse to what their text parses to, under each fixed font
/// set: the fonts decide where lines break and which glyphs are stand-ins, so the reader must not depend on them.
/// </summary>
public class FormatRoundTripTests(SofficeConversions conversions) : IClassFixture<SofficeConversions>
{
    [Theory]
    [InlineData("docx", FontSets.Liberation)]
    [InlineData("pdf", FontSets.Liberation)]
    [InlineData("pdf", FontSets.DejaVu)]
    public void Should_parse_converted_seeds_to_the_same_header_citations_and_tasks(string format, string fontSet)
    {
        var converted = conversions.Convert(format, fontSet);
        foreach (var seed in SharedFiles.Seeds)
        {
            var fromText = DocumentParser.ParseFile(seed);
            var fromFormat = DocumentParser.ParseFile(converted[Path.GetFileNameWithoutExtension(seed)]);
            Assert.True(fromFormat.Succeeded, fromFormat.Error?.ToString());
            Assert.True(Summaries(fromText).SequenceEqual(Summaries(fromFormat)),
                $"{Path.GetFileName(seed)} as {format} ({fontSet}):\n  text: {string.Join("\n        ", Summaries(fromText))}\n  {format}: {string.Join("\n        ", Summaries(fromFormat))}");
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
