using System.Text;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Reading;
using HuuNghi.Documents.Tests.Support;

namespace HuuNghi.Documents.Tests.Reading;

public class BadInputTests
{
    [Fact]
    public void Should_report_an_empty_file()
    {
        var result = DocumentReader.Read([], "rong.txt");
        AssertError(result, ReadErrorKind.Empty, "Tệp rỗng / The file is empty");
    }

    [Fact]
    public void Should_report_a_whitespace_only_file_as_empty()
    {
        AssertError(DocumentReader.Read(Encoding.UTF8.GetBytes(" \n\t\n"), "trang.txt"), ReadErrorKind.Empty, "Tệp rỗng");
    }

    [Fact]
    public void Should_report_a_missing_file()
    {
        AssertError(DocumentReader.Read("/nonexistent/khong-co.txt"), ReadErrorKind.Missing, "Không tìm thấy tệp / The file does not exist");
    }

    [Fact]
    public void Should_report_binary_garbage()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        AssertError(DocumentReader.Read(bytes, "rac.txt"), ReadErrorKind.BinaryGarbage, "/ The file holds no readable text");
    }

    [Fact]
    public void Should_report_an_image_only_pdf_as_missing_its_text_layer()
    {
        var result = DocumentReader.Read(TestPdf.ImageOnly(), "ban-quet.pdf");
        AssertError(result, ReadErrorKind.NoTextLayer, "không có lớp văn bản");
        Assert.Contains("no text layer", result.Error!.Message);
    }

    [Fact]
    public void Should_report_an_unknown_format()
    {
        AssertError(DocumentReader.Read(Encoding.UTF8.GetBytes("a,b,c"), "bang.xlsx"), ReadErrorKind.UnknownFormat, "Unsupported file format");
    }

    [Fact]
    public void Should_report_a_truncated_docx()
    {
        var docx = TestDocx.Create(["Kế hoạch số 12-KH/HU", "Nội dung thứ nhất", "Nội dung thứ hai"]);
        Assert.True(DocumentReader.Read(docx, "du.docx").Succeeded);
        AssertError(DocumentReader.Read(docx[..(docx.Length / 2)], "cat-ngang.docx"), ReadErrorKind.CorruptDocx, "The DOCX file is corrupt or truncated");
    }

    [Fact]
    public void Should_refuse_a_file_over_the_size_limit()
    {
        var options = new ReadOptions { MaxBytes = 1024 };
        var result = DocumentReader.Read(SharedFiles.Seed("000"), options);
        AssertError(result, ReadErrorKind.TooLarge, "vượt quá giới hạn dung lượng");
        Assert.Contains("over the size limit", result.Error!.Message);
        Assert.True(DocumentReader.Read(SharedFiles.Seed("000")).Succeeded);
    }

    [Fact]
    public void Should_throw_a_typed_exception_from_the_throwing_variant()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.ReadFile("/nonexistent/x.txt"));
        Assert.Equal(ReadErrorKind.Missing, ex.Error.Kind);
    }

    [Fact]
    public void Should_parse_the_good_files_when_one_file_in_the_batch_is_bad()
    {
        using var temp = new TempDirectory();
        var empty = temp.File("rong.txt");
        File.WriteAllBytes(empty, []);
        var scan = temp.File("scan.pdf");
        File.WriteAllBytes(scan, TestPdf.ImageOnly());
        var files = DocumentParser.ParseFiles([SharedFiles.Seed("000"), empty, scan, SharedFiles.Seed("002")]);

        Assert.Equal(4, files.Count);
        Assert.Single(files[0].Documents);
        Assert.Equal(ReadErrorKind.Empty, files[1].Error!.Kind);
        Assert.Equal(ReadErrorKind.NoTextLayer, files[2].Error!.Kind);
        Assert.Equal(3, files[3].Documents.Count);
    }

    private static void AssertError(ReadResult result, ReadErrorKind kind, string messagePart)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Text);
        Assert.Equal(kind, result.Error!.Kind);
        Assert.Contains(messagePart, result.Error.Message);
        Assert.Contains(" / ", result.Error.Message);
        Assert.DoesNotContain('\n', result.Error.ToString());
    }
}
