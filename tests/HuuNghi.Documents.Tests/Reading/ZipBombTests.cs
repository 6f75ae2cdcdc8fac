using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using HuuNghi.Documents.Reading;
using HuuNghi.Documents.Writing.Xlsx;

namespace HuuNghi.Documents.Tests.Reading;

/// <summary>Issue 17, item 4: a small DOCX or XLSX that inflates to 400 MB is refused quickly, with memory flat.</summary>
public class ZipBombTests
{
    private const long Inflated = 400L * 1024 * 1024;

    [Fact]
    public void Should_refuse_a_docx_whose_document_inflates_to_400_mb_in_well_under_a_second()
    {
        var bomb = Bomb("word/document.xml");
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the bomb is {bomb.Length} bytes");
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = DocumentReader.Read(bomb, "bom.docx");
        clock.Stop();
        Assert.Null(result.Text);
        Assert.Equal(ReadErrorKind.TooLargeUnpacked, result.Error!.Kind);
        Assert.Contains("100 MB", result.Error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 16 * 1024 * 1024, "memory was not flat");
    }

    [Fact]
    public void Should_refuse_a_docx_of_too_many_parts()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            for (var i = 0; i < 2_001; i++) zip.CreateEntry($"word/media/p{i}.xml");
        var result = DocumentReader.Read(buffer.ToArray(), "nhieu-phan.docx");
        Assert.Equal(ReadErrorKind.TooLargeUnpacked, result.Error!.Kind);
    }

    [Fact]
    public void Should_still_read_an_ordinary_docx_under_a_lower_limit_that_it_fits()
    {
        var docx = Docx("<w:p><w:r><w:t>Kế hoạch số 1</w:t></w:r></w:p>");
        Assert.Contains("Kế hoạch số 1", DocumentReader.Read(docx, "kh.docx", new ReadOptions { MaxUnpackedBytes = 64 * 1024 }).Text);
        Assert.Equal(ReadErrorKind.TooLargeUnpacked, DocumentReader.Read(docx, "kh.docx", new ReadOptions { MaxUnpackedBytes = 100 }).Error!.Kind);
    }

    [Fact]
    public void Should_refuse_an_xlsx_whose_sheet_inflates_to_400_mb()
    {
        var bomb = Bomb("xl/worksheets/sheet1.xml");
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<InvalidDataException>(() => XlsxWorkbook.Read(bomb));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.Contains("100 MB", error.Message);
    }

    /// <summary>A package whose one big part is 400 MB of one repeated byte: a few hundred kilobytes once deflated.</summary>
    private static byte[] Bomb(string part)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            using var stream = zip.CreateEntry(part, CompressionLevel.SmallestSize).Open();
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (long written = 0; written < Inflated; written += chunk.Length) stream.Write(chunk);
        }
        return buffer.ToArray();
    }

    private static byte[] Docx(string body)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Write(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Write(zip, "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>");
        }
        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
