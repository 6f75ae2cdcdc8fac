using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Writing.Docx;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as a DOCX laid out to Decree 30/2020/NĐ-CP (State) or Guidance
/// 36-HD/VPTW (Party): A4, Times New Roman, the header table, kind and title, body with real footnotes, page numbers
/// from page 2, and the signer/"Nơi nhận" table.
/// </summary>
public sealed class AdministrativeDocumentWriter(DocumentLayout? layout = null)
{
    private readonly DocumentLayout layout = layout ?? DocumentLayout.Default;

    public byte[] Write(OfficialDocument document)
    {
        using var stream = new MemoryStream();
        Write(document, stream);
        return stream.ToArray();
    }

    public void Write(OfficialDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The SDK needs a seekable stream to build the package; buffer when the caller hands a network stream.
        if (!output.CanSeek)
        {
            output.Write(Write(document));
            return;
        }
        using (var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            WordStyles.Add(main, layout);
            WordParts.AddSettings(main);
            var footnotes = WordParts.AddFootnotes(main);
            var (defaultHeader, firstHeader) = WordParts.AddHeaders(main, layout);
            var sections = new SectionFactory(layout, document.Orientation, defaultHeader, firstHeader);
            var body = new W.Body();
            main.Document = new W.Document(body);
            AppendContent(body, document, new BodyBuilder(layout, footnotes, sections));
            SetCoreProperties(package, document);
        }
        output.Flush();
    }

    private void AppendContent(W.Body body, OfficialDocument document, BodyBuilder builder)
    {
        var width = layout.TextWidthTwips(document.Orientation);
        var isDispatch = document.KindName is null;
        if (document.Header is { } header)
        {
            body.Append(HeaderTableBuilder.Build(header, isDispatch ? document.Title : null, width));
        }
        if (!isDispatch)
        {
            body.Append(WordText.Centered(WordText.ToUpperVi(document.KindName!), 14, bold: true, beforePt: 12));
            if (document.Title is { } title) body.Append(WordText.Centered(title, 14, bold: true));
            body.Append(WordText.Rule(width * 2 / 5));
        }
        foreach (var p in AddresseesBuilder.Build(document.Addressees, layout)) body.Append(p);
        if (document.Addressees.Count == 0) body.Append(new W.Paragraph(WordText.Props(W.JustificationValues.Left, afterPt: 6)));
        foreach (var block in document.Body)
        {
            foreach (var element in builder.Build(block)) body.Append(element);
        }
        if (document.Signer is not null || document.Distribution.Count > 0)
        {
            body.Append(SignatureBuilder.Build(document.Signer, document.Distribution, layout.TextWidthTwips(builder.Orientation)));
        }
        for (var i = 0; i < document.Annexes.Count; i++)
        {
            var annex = document.Annexes[i];
            foreach (var element in builder.Build(new SectionBreak(annex.Orientation))) body.Append(element);
            body.Append(WordText.Centered(document.Annexes.Count == 1 ? "PHỤ LỤC" : $"PHỤ LỤC {Roman(i + 1)}", 14, bold: true));
            body.Append(WordText.Centered(WordText.ToUpperVi(annex.Title), 14, bold: true));
            if (annex.Reference is { } reference) body.Append(WordText.Centered(reference, 14, italic: true));
            body.Append(WordText.Rule(layout.TextWidthTwips(annex.Orientation) * 2 / 5));
            foreach (var block in annex.Body)
            {
                foreach (var element in builder.Build(block)) body.Append(element);
            }
        }
        // Final section properties describe the last section and must be the body's last child.
        body.Append(builder.FinalSection());
    }

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static void SetCoreProperties(WordprocessingDocument package, OfficialDocument document)
    {
        var title = string.Join(" ", new[] { document.KindName, document.Title }.Where(s => !string.IsNullOrWhiteSpace(s)));
        package.PackageProperties.Title = WordText.Clean(title);
        package.PackageProperties.Creator = WordText.Clean(document.Author ?? document.Header?.Issuer ?? "HuuNghi");
        package.PackageProperties.Language = "vi-VN";
    }
}
