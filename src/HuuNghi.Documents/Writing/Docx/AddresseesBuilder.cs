using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Writing.Docx;

/// <summary>"Kính gửi": one addressee on the same line, several as a dashed list under it.</summary>
internal static class AddresseesBuilder
{
    public static IEnumerable<W.Paragraph> Build(IReadOnlyList<string> addressees, DocumentLayout layout)
    {
        if (addressees.Count == 0) yield break;
        if (addressees.Count == 1)
        {
            var only = addressees[0].Trim().TrimEnd('.', ';');
            yield return new W.Paragraph(
                WordText.Props(W.JustificationValues.Center, beforePt: 12, afterPt: 12),
                WordText.Run("Kính gửi: " + only + ".", layout.BodyPoints));
            yield break;
        }
        var indent = DocumentLayout.CmToTwips(2.5);
        yield return new W.Paragraph(
            WordText.Props(W.JustificationValues.Left, beforePt: 12, leftTwips: indent),
            WordText.Run("Kính gửi:", layout.BodyPoints));
        for (var i = 0; i < addressees.Count; i++)
        {
            var last = i == addressees.Count - 1;
            yield return new W.Paragraph(
                WordText.Props(W.JustificationValues.Left, afterPt: last ? 12 : 0, leftTwips: indent + DocumentLayout.CmToTwips(1.5)),
                WordText.Run("- " + SignatureBuilder.Punctuate(addressees[i], last), layout.BodyPoints));
        }
    }
}
