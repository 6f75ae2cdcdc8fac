using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Writing.Docx;

/// <summary>
/// The borderless two-column header: issuer and reference on the left, motto and place/date on the right. Two rows
/// so that "Số: …" and the date share a baseline, as in the decree's samples.
/// </summary>
internal static class HeaderTableBuilder
{
    public static W.Table Build(DocumentHeader header, string? dispatchSubject, int textWidth)
    {
        var left = (int)(textWidth * 0.4);
        var right = textWidth - left;
        var table = WordTables.Borderless([left, right]);

        var issuer = new List<W.Paragraph>();
        if (header.IssuerParent is { } parent) issuer.Add(WordText.Centered(WordText.ToUpperVi(parent), 13));
        issuer.Add(WordText.Centered(WordText.ToUpperVi(header.Issuer), 13, bold: true));
        // State documents underline the issuer with a short rule; Party documents put an asterisk there.
        issuer.Add(header.System == IssuingSystem.Party
            ? WordText.Centered("*", 13)
            : WordText.Rule(left / 3));

        var motto = header.System == IssuingSystem.Party
            ? new List<W.Paragraph> { WordText.Centered(HeaderText.PartyMotto, 15, bold: true, underline: true) }
            : [WordText.Centered(HeaderText.StateMotto, 12, bold: true), WordText.Centered(HeaderText.StateTagline, 13, bold: true, underline: true)];

        table.Append(WordTables.Row([WordTables.Cell(left, issuer), WordTables.Cell(right, motto)]));

        var reference = new List<W.Paragraph> { WordText.Centered(HeaderText.Reference(header), 13, beforePt: 6) };
        if (dispatchSubject is not null) reference.Add(WordText.Centered("V/v " + dispatchSubject, 12));
        foreach (var mark in new[] { HeaderText.SecrecyMark(header.Secrecy), HeaderText.UrgencyMark(header.Urgency) })
        {
            if (mark is not null) reference.Add(WordText.Centered(mark, 13, bold: true, beforePt: 6));
        }
        var date = new List<W.Paragraph> { WordText.Centered(HeaderText.PlaceAndDate(header), 14, italic: true, beforePt: 6) };
        table.Append(WordTables.Row([WordTables.Cell(left, reference), WordTables.Cell(right, date)]));
        return table;
    }
}
