using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Writing.Docx;

/// <summary>The closing borderless table: "Nơi nhận" on the left, the signer on the right.</summary>
internal static class SignatureBuilder
{
    public static W.Table Build(Signer? signer, IReadOnlyList<string> distribution, int textWidth)
    {
        var left = (int)(textWidth * 0.45);
        var right = textWidth - left;
        var table = WordTables.Borderless([left, right]);
        table.Append(WordTables.Row([
            WordTables.Cell(left, Distribution(distribution)),
            WordTables.Cell(right, signer is null ? [] : Signature(signer)),
        ]));
        return table;
    }

    private static IEnumerable<W.Paragraph> Distribution(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) yield break;
        yield return new W.Paragraph(
            WordText.Props(W.JustificationValues.Left, beforePt: 6),
            WordText.Run("Nơi nhận:", 12, bold: true, italic: true));
        for (var i = 0; i < lines.Count; i++)
        {
            var text = "- " + Punctuate(lines[i], last: i == lines.Count - 1);
            yield return new W.Paragraph(WordText.Props(W.JustificationValues.Left), WordText.Run(text, 11));
        }
    }

    /// <summary>Each line ends with ";" and the last ("- Lưu: VT, NC.") with "."; the caller's own ending is kept.</summary>
    internal static string Punctuate(string line, bool last)
    {
        var trimmed = line.Trim();
        if (trimmed.EndsWith(';') || trimmed.EndsWith('.')) trimmed = trimmed[..^1];
        return trimmed + (last ? "." : ";");
    }

    private static IEnumerable<W.Paragraph> Signature(Signer signer)
    {
        var lines = signer.Authority.Append(signer.Position).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            yield return WordText.Centered(WordText.ToUpperVi(lines[i]), 14, bold: true, beforePt: i == 0 ? 6 : 0);
        }
        // Room for the hand signature and the seal: about 3 cm (85 pt).
        yield return WordText.Centered(signer.Name, 14, bold: true, beforePt: 85);
    }
}
