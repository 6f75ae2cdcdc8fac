using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Tests.Support;

namespace HuuNghi.Documents.Tests.Parsing;

public class BundleSplitterTests
{
    [Fact]
    public void Should_split_the_bundled_seed_into_its_three_documents_in_file_order()
    {
        var file = DocumentParser.ParseFile(SharedFiles.Seed("002"));
        Assert.Equal(["457/LĐLĐ", "578-CV/BDVTU", "83-KH/TU"], file.Documents.Select(d => d.Reference));
        Assert.Equal("Ban Dân vận Tỉnh ủy Tây Ninh", file.Documents[1].Issuer);
    }

    [Fact]
    public void Should_keep_a_document_without_a_motto_whole()
    {
        Assert.Single(DocumentParser.ParseFile(SharedFiles.Seed("004")).Documents);
    }

    [Fact]
    public void Should_return_no_documents_for_blank_text()
    {
        var file = DocumentParser.ParseText("\n \n\t", "blank.txt");
        Assert.True(file.Succeeded);
        Assert.Empty(file.Documents);
    }
}
