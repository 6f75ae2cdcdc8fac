using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Tests.Writing;

/// <summary>Opens a written DOCX and finds runs by text so tests can assert layout from the XML.</summary>
internal sealed class DocxInspection : IDisposable
{
    private readonly MemoryStream stream;

    public DocxInspection(byte[] bytes)
    {
        stream = new MemoryStream(bytes);
        Package = WordprocessingDocument.Open(stream, false);
    }

    public WordprocessingDocument Package { get; }
    public W.Body Body => Package.MainDocumentPart!.Document!.Body!;

    public IReadOnlyList<string> ValidationErrors() =>
        new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019)
            .Validate(Package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

    public void AssertValid()
    {
        var errors = ValidationErrors();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
    }

    public W.Run Run(string text) =>
        Package.MainDocumentPart!.Document!.Descendants<W.Run>().FirstOrDefault(r => r.InnerText == text)
        ?? throw new Xunit.Sdk.XunitException($"No run with text '{text}'.");

    public static double Points(W.Run run) => int.Parse(run.RunProperties!.FontSize!.Val!.Value!) / 2.0;
    public static bool IsBold(W.Run run) => run.RunProperties?.Bold is not null;
    public static bool IsItalic(W.Run run) => run.RunProperties?.Italic is not null;

    public W.Paragraph ParagraphOf(W.Run run) => run.Ancestors<W.Paragraph>().First();

    public void Dispose()
    {
        Package.Dispose();
        stream.Dispose();
    }
}
