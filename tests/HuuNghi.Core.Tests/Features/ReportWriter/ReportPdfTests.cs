using System.Diagnostics;
using HuuNghi.Core.Common;
using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Documents.Writing.Pdf;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace HuuNghi.Core.Tests.Features.ReportWriter;

/// <summary>
/// The PDF path through LibreOffice, on SQLite only: the conversion is the same whichever database the report came
/// from, and each conversion costs seconds. The test command installs LibreOffice and poppler.
/// </summary>
public sealed class ReportPdfTests(SqliteDatabases databases) : DatabaseTest(databases), IClassFixture<SqliteDatabases>
{
    [Fact]
    public async Task Should_convert_Thap_Muois_report_to_a_PDF_whose_first_page_shows_the_header_and_title()
    {
        var world = await ReportWorld.CreateAsync(Host);

        var pdf = await world.WriteAsync(world.DongThapRequest, world.ThapMuoi, ReportFormat.Pdf);

        Assert.Equal("application/pdf", pdf.ContentType);
        using (var document = PdfDocument.Open(pdf.Content))
        {
            var first = string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text));
            foreach (var expected in new[] { "CỘNG", "HÒA", "CHỦ", "NGHĨA", "Hạnh", "phúc", "THÁP", "MƯỜI", "BC-UBND", "BÁO", "CÁO", "313/KH-UBND", "Kính", "gửi:" })
                Assert.Contains(expected, first);
        }
        var dir = Directory.CreateTempSubdirectory("huunghi-report-pdf-");
        try
        {
            var path = Path.Combine(dir.FullName, "bao-cao.pdf");
            await File.WriteAllBytesAsync(path, pdf.Content);
            var png = await RenderFirstPageAsync(path, Path.Combine(dir.FullName, "page"));
            Assert.True(new FileInfo(png).Length > 20_000, "page 1 rendered almost empty");
            // Kept beside the test binaries for whoever wants to look at the layout.
            File.Copy(png, Path.Combine(AppContext.BaseDirectory, "thap-muoi-2023-page1.png"), overwrite: true);
            File.Copy(path, Path.Combine(AppContext.BaseDirectory, "thap-muoi-2023.pdf"), overwrite: true);
            // The header sits at the top: the page's upper fifth must carry ink, not only the body below it.
            var top = await CropTextAsync(path, heightFraction: 0.2);
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", top);
            Assert.Contains("ỦY BAN NHÂN DÂN", top);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Should_say_clearly_when_LibreOffice_is_not_installed()
    {
        await using var host = await TestHost.CreateAsync(Database, s => s.AddSingleton(new PdfConverter(new PdfConverterOptions { ExecutablePath = "/nonexistent/soffice" })));
        var world = await ReportWorld.CreateAsync(host);

        var error = await Assert.ThrowsAsync<UnavailableException>(() => world.WriteAsync(world.DongThapRequest, world.ThapMuoi, ReportFormat.Pdf));

        Assert.Contains("LibreOffice", error.Localized.Vi);
        Assert.Contains("DOCX", error.Localized.En);
        // The DOCX still comes out.
        Assert.NotEmpty((await world.WriteAsync(world.DongThapRequest, world.ThapMuoi, ReportFormat.Docx)).Content);
    }

    private static async Task<string> RenderFirstPageAsync(string pdf, string prefix)
    {
        await RunAsync("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix);
        return prefix + ".png";
    }

    private static async Task<string> CropTextAsync(string pdf, double heightFraction)
    {
        // A4 at 72 dpi is 595 × 842 points; pdftotext crops in those units.
        var height = ((int)(842 * heightFraction)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await RunAsync("pdftotext", "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "595", "-H", height, "-layout", pdf, "-");
    }

    private static async Task<string> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} failed: {error}");
        return output;
    }
}
