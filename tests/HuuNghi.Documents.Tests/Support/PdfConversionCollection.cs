namespace HuuNghi.Documents.Tests.Support;

/// <summary>
/// Tests that convert with <c>PdfConverter</c> run one after another: the converter tests count the temporary
/// folders left in /tmp, and a conversion running beside them would show up as a leftover.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PdfConversionCollection
{
    public const string Name = "PDF conversion";
}
