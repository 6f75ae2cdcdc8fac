namespace HuuNghi.Documents.Writing.Docx;

/// <summary>
/// Every text of a document with the place a reader would look for it, numbered the way the written file shows
/// them: paragraphs and tables in body order, footnotes as the writer numbers their marks.
/// </summary>
internal static class DocumentTexts
{
    public static IEnumerable<(string Text, TextPlace? Place)> Of(OfficialDocument document)
    {
        if (document.Header is { } header)
        {
            var place = new TextPlace("Phần đầu văn bản", "header");
            foreach (var text in new[] { header.IssuerParent, header.Issuer, header.Symbol, header.Place })
                if (text is not null) yield return (text, place);
        }
        if (document.KindName is { } kind) yield return (kind, new TextPlace("Tên loại văn bản", "document kind"));
        if (document.Title is { } title) yield return (title, new TextPlace("Trích yếu", "title"));
        foreach (var addressee in document.Addressees) yield return (addressee, new TextPlace("Kính gửi", "addressees"));
        foreach (var text in Body(document.Body)) yield return text;
        if (document.Signer is { } signer)
        {
            var place = new TextPlace("Chữ ký", "signature block");
            foreach (var text in signer.Authority.Append(signer.Position).Append(signer.Name)) yield return (text, place);
        }
        foreach (var line in document.Distribution) yield return (line, new TextPlace("Nơi nhận", "distribution list"));
        for (var i = 0; i < document.Annexes.Count; i++)
        {
            var annex = document.Annexes[i];
            var (vi, en) = ($"Phụ lục {i + 1}", $"annex {i + 1}");
            yield return (annex.Title, new TextPlace(vi, en));
            if (annex.Reference is { } reference) yield return (reference, new TextPlace(vi, en));
            foreach (var text in Body(annex.Body, vi + ", ", en + ", ")) yield return text;
        }
    }

    private static IEnumerable<(string, TextPlace?)> Body(IReadOnlyList<DocumentBlock> blocks, string viPrefix = "", string enPrefix = "")
    {
        TextPlace Place(string vi, string en) => new(viPrefix + (viPrefix.Length > 0 ? char.ToLowerInvariant(vi[0]) + vi[1..] : vi), enPrefix + en);
        int paragraphs = 0, footnotes = 0, tables = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    paragraphs++;
                    yield return (h.Text, Place($"Đoạn {paragraphs}", $"paragraph {paragraphs}"));
                    break;
                case Paragraph or Bullet:
                    paragraphs++;
                    var inlines = block is Paragraph p ? p.Inlines : ((Bullet)block).Inlines;
                    foreach (var inline in inlines)
                    {
                        if (inline is TextRun r) yield return (r.Text, Place($"Đoạn {paragraphs}", $"paragraph {paragraphs}"));
                        else if (inline is Footnote f) yield return (f.Text, Place($"Chú thích {++footnotes}", $"footnote {footnotes}"));
                    }
                    break;
                case TableBlock t:
                    tables++;
                    var header = Place($"Bảng {tables}, dòng tiêu đề", $"table {tables}, header row");
                    foreach (var cell in t.Headers) yield return (cell, header);
                    for (var row = 0; row < t.Rows.Count; row++)
                    {
                        var place = Place($"Bảng {tables}, dòng {row + 1}", $"table {tables}, row {row + 1}");
                        foreach (var cell in t.Rows[row]) yield return (cell, place);
                    }
                    break;
            }
        }
    }
}
