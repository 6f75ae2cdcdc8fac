namespace HuuNghi.Documents.Writing.Docx;

/// <summary>One block of the body, in reading order.</summary>
public abstract record DocumentBlock;

/// <summary>
/// A numbered heading whose number is part of the text, as officials write it. Level 1 "I. …" is set in bold
/// capitals, level 2 "1. …" in bold, level 3 "a) …" in italics.
/// </summary>
public sealed record Heading(int Level, string Text) : DocumentBlock;

/// <summary>A body paragraph: justified, first line indented. Inlines let footnotes sit inside the sentence.</summary>
public sealed record Paragraph(IReadOnlyList<Inline> Inlines) : DocumentBlock
{
    public Paragraph(string text) : this([new TextRun(text)]) { }
}

/// <summary>A dash line ("- …"); level 2 uses "+" as Vietnamese reports do for sub-items.</summary>
public sealed record Bullet(IReadOnlyList<Inline> Inlines, int Level = 1) : DocumentBlock
{
    public Bullet(string text, int level = 1) : this([new TextRun(text)], level) { }
}

/// <summary>
/// A bordered table with a header row repeated on every page. Widths are relative weights; equal columns when
/// omitted.
/// </summary>
public sealed record TableBlock(
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<double>? ColumnWeights = null) : DocumentBlock;

/// <summary>Ends the current section; what follows starts on a new page in <paramref name="Orientation"/>.</summary>
public sealed record SectionBreak(PageOrientation Orientation) : DocumentBlock;

/// <summary>Part of a paragraph's text.</summary>
public abstract record Inline;

public sealed record TextRun(string Text, bool Bold = false, bool Italic = false) : Inline;

/// <summary>A real Word footnote: the mark goes where this inline stands, the text goes to the page foot.</summary>
public sealed record Footnote(string Text) : Inline;
