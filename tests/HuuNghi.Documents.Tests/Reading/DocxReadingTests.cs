using HuuNghi.Documents.Reading;
using HuuNghi.Documents.Tests.Support;

namespace HuuNghi.Documents.Tests.Reading;

public class DocxReadingTests
{
    [Fact]
    public void Should_read_paragraphs_then_table_rows_then_footnotes()
    {
        var docx = TestDocx.WithFootnoteAndTable(
            "Trên địa bàn có 02 dự án do tổ chức phi chính phủ tài trợ.",
            "Dự án Phát triển nông nghiệp hữu cơ.",
            [["STT", "Nội dung", "Số lượng"], ["1", "Đoàn vào", "5"], ["2", "Đoàn ra", "2"]]);
        var result = DocumentReader.Read(docx, "bao-cao.docx");
        Assert.True(result.Succeeded, result.Error?.ToString());
        var lines = result.Text!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["Trên địa bàn có 02 dự án do tổ chức phi chính phủ tài trợ.", "STT\tNội dung\tSố lượng", "1\tĐoàn vào\t5", "2\tĐoàn ra\t2", "Dự án Phát triển nông nghiệp hữu cơ."],
            lines);
    }

    [Fact]
    public void Should_treat_a_zip_that_is_not_a_docx_as_corrupt()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("không phải văn bản Word");
        }
        var result = DocumentReader.Read(stream.ToArray(), "gia.docx");
        Assert.Equal(ReadErrorKind.CorruptDocx, result.Error?.Kind);
    }
}
