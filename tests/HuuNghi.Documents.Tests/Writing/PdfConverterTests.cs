using System.Diagnostics;
using System.Text;
using HuuNghi.Documents.Tests.Support;
using HuuNghi.Documents.Writing.Docx;
using HuuNghi.Documents.Writing.Pdf;
using UglyToad.PdfPig;

namespace HuuNghi.Documents.Tests.Writing;

/// <summary>
/// Needs LibreOffice and poppler-utils (pdftoppm) installed, as the project's set-up does: a PDF that is never
/// rendered is not verified, so these tests fail rather than skip when the tools are missing.
/// </summary>
[Collection(PdfConversionCollection.Name)]
public class PdfConverterTests
{
    // A work root of its own: other test assemblies convert in the system temp folder at the same time, so only
    // this folder says whether these conversions cleaned up after themselves.
    private static readonly string WorkRoot = Directory.CreateTempSubdirectory("huunghi-pdf-work-").FullName;
    private static readonly PdfConverter Converter = new(new PdfConverterOptions { WorkRoot = WorkRoot });

    [Fact]
    public async Task Should_convert_a_report_to_a_PDF_with_header_and_title_on_page_one_and_a_number_on_page_two()
    {
        Assert.True(Converter.IsAvailable, PdfConverter.NotInstalledMessage);
        var before = LeftoverFolders();
        var docx = new AdministrativeDocumentWriter().Write(SampleDocuments.Report(30));

        var pdf = await Converter.ConvertAsync(docx);

        Assert.Equal(before, LeftoverFolders());
        var dir = Directory.CreateTempSubdirectory("huunghi-pdf-test-");
        try
        {
            var pdfPath = Path.Combine(dir.FullName, "report.pdf");
            await File.WriteAllBytesAsync(pdfPath, pdf);
            var png = RenderFirstPage(pdfPath, Path.Combine(dir.FullName, "page"));
            Assert.True(new FileInfo(png).Length > 10_000, "page 1 rendered almost empty");
            // Keep a copy beside the test binaries for whoever wants to look at the layout.
            File.Copy(png, Path.Combine(AppContext.BaseDirectory, "report-page1.png"), overwrite: true);

            using var document = PdfDocument.Open(pdf);
            Assert.True(document.NumberOfPages >= 2);
            var first = PageText(document.GetPage(1));
            foreach (var expected in new[] { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI", "Số: 12/BC-UBND", "BÁO CÁO", "Kết quả thực hiện công tác đối ngoại nhân dân năm 2023" })
            {
                Assert.Contains(expected, first);
            }
            var second = document.GetPage(2);
            Assert.Contains(second.GetWords(), w => w.Text == "2" && w.BoundingBox.Bottom > second.Height * 0.9);
            Assert.DoesNotContain(document.GetPage(1).GetWords(), w => w.Text == "1" && w.BoundingBox.Bottom > document.GetPage(1).Height * 0.9);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Should_convert_in_parallel_without_the_calls_clashing()
    {
        Assert.True(Converter.IsAvailable, PdfConverter.NotInstalledMessage);
        var docx = new AdministrativeDocumentWriter().Write(SampleDocuments.Report(2));
        var results = await Task.WhenAll(Converter.ConvertAsync(docx), Converter.ConvertAsync(docx));
        Assert.All(results, pdf => Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4)));
    }

    [Fact]
    public async Task Should_say_in_Vietnamese_and_English_when_LibreOffice_is_not_installed()
    {
        var missing = new PdfConverter(new PdfConverterOptions { ExecutablePath = "/nonexistent/soffice" });
        Assert.False(missing.IsAvailable);
        var error = await Assert.ThrowsAsync<PdfConversionException>(() => missing.ConvertAsync([1, 2, 3]));
        Assert.Contains("Không tìm thấy LibreOffice", error.Message);
        Assert.Contains("LibreOffice (soffice) was not found", error.Message);
    }

    [Fact]
    public async Task Should_stop_at_the_timeout_and_leave_no_temporary_files()
    {
        Assert.True(Converter.IsAvailable, PdfConverter.NotInstalledMessage);
        var before = LeftoverFolders();
        var impatient = new PdfConverter(new PdfConverterOptions { Timeout = TimeSpan.FromMilliseconds(50), WorkRoot = WorkRoot });
        var error = await Assert.ThrowsAsync<PdfConversionException>(() => impatient.ConvertAsync(new AdministrativeDocumentWriter().Write(SampleDocuments.Report(1))));
        Assert.Contains("did not finish", error.Message);
        Assert.Equal(before, LeftoverFolders());
    }

    private static string[] LeftoverFolders() => [.. Directory.GetDirectories(WorkRoot).Order()];

    private static string PageText(UglyToad.PdfPig.Content.Page page) =>
        string.Join(" ", page.GetWords().Select(w => w.Text)).Normalize(NormalizationForm.FormC);

    private static string RenderFirstPage(string pdfPath, string prefix)
    {
        var start = new ProcessStartInfo("pdftoppm") { UseShellExecute = false };
        foreach (var arg in new[] { "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdfPath, prefix }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        var png = prefix + ".png";
        Assert.True(File.Exists(png), "pdftoppm wrote no PNG");
        return png;
    }
}
