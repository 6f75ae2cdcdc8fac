namespace HuuNghi.Documents.Writing.Docx;

/// <summary>
/// The measures Decree 30/2020 leaves as ranges (margins 20–25/30–35/15–20 mm, body 13–14 pt, line spacing
/// 1–1.5): a unit may have its own house choice, so they are settings with the decree's usual values.
/// </summary>
public sealed record DocumentLayout
{
    public static DocumentLayout Default { get; } = new();

    public string FontName { get; init; } = "Times New Roman";
    public double MarginTopMm { get; init; } = 20;
    public double MarginBottomMm { get; init; } = 20;
    public double MarginLeftMm { get; init; } = 30;
    public double MarginRightMm { get; init; } = 15;
    public double BodyPoints { get; init; } = 14;
    public double TablePoints { get; init; } = 13;
    public double FootnotePoints { get; init; } = 10;
    public double FirstLineIndentCm { get; init; } = 1.0;
    public double SpacingAfterPoints { get; init; } = 6;
    public double LineSpacing { get; init; } = 1.15;

    internal const int A4ShortTwips = 11906;
    internal const int A4LongTwips = 16838;

    internal static int MmToTwips(double mm) => (int)Math.Round(mm * 1440 / 25.4);
    internal static int CmToTwips(double cm) => MmToTwips(cm * 10);
    internal static int PointsToHalfPoints(double pt) => (int)Math.Round(pt * 2);
    internal static int PointsToTwips(double pt) => (int)Math.Round(pt * 20);

    /// <summary>Width between the margins, where the header, body and signer tables must fit.</summary>
    internal int TextWidthTwips(PageOrientation orientation) =>
        (orientation == PageOrientation.Portrait ? A4ShortTwips : A4LongTwips)
        - MmToTwips(MarginLeftMm) - MmToTwips(MarginRightMm);
}
