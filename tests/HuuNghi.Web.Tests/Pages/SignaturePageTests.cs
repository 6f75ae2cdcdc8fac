using System.Net;
using HuuNghi.Core.Features.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Web.Tests.Pages;

/// <summary>The document page shows each signature of the original PDF and whether the file changed since.</summary>
public abstract class SignaturePageTests(IDatabaseFactory databases) : WebTest(databases)
{
    private async Task<int> StoreAsync(byte[] pdf, string reference)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.HuuNghiDbContext>();
        var file = new DocumentFile
        {
            FileName = "cong-van.pdf", Sha256 = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(pdf)), Size = pdf.Length,
            Content = pdf, ImportedAt = DateTime.UtcNow,
        };
        db.DocumentFiles.Add(file);
        await db.SaveChangesAsync();
        var doc = new Document
        {
            Kind = "dispatch", Reference = reference, Title = "Về việc đón đoàn", OwnerUnitId = await UnitIdAsync("dt.tm"), FileId = file.Id,
            FileIndex = 0, RecordedAt = DateTime.UtcNow, SearchText = reference,
        };
        db.Documents.Add(doc);
        await db.SaveChangesAsync();
        return doc.Id;
    }

    private static byte[] SignedPdf(bool tamper)
    {
        using var root = SignedPdfs.CreateRoot("Test Root");
        using var signer = SignedPdfs.CreateSigner(root, "Nguyễn Văn An", "UBND huyện Tháp Mười", DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(1));
        var pdf = SignedPdfs.Sign(SignedPdfs.Plain("Cong van 91/UBND-VP"), signer, DateTimeOffset.UtcNow.AddDays(-3));
        if (tamper) pdf[System.Text.Encoding.Latin1.GetString(pdf).IndexOf("91/UBND", StringComparison.Ordinal)] = (byte)'7';
        return pdf;
    }

    [Fact]
    public async Task Should_show_the_signer_and_intact_not_checked_when_no_root_is_installed()
    {
        var id = await StoreAsync(SignedPdf(tamper: false), "91/UBND-VP");
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);

        var html = WebUtility.HtmlDecode(await officer.GetStringAsync($"/Documents/Details/{id}"));

        Assert.Contains("data-testid=\"signatures\"", html);
        Assert.Contains("Nguyễn Văn An", html);
        Assert.Contains("Chữ ký nguyên vẹn.", html);
        Assert.Contains("chưa được kiểm tra với chứng thư gốc tin cậy", html);
    }

    [Fact]
    public async Task Should_say_changed_after_signing_for_a_file_with_one_byte_changed()
    {
        var id = await StoreAsync(SignedPdf(tamper: true), "92/UBND-VP");
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);

        var html = WebUtility.HtmlDecode(await officer.GetStringAsync($"/Documents/Details/{id}?culture=en"));

        Assert.Contains("The document was changed after signing.", html);
        Assert.DoesNotContain("Signature intact", html);
    }

    [Fact]
    public async Task Should_not_show_another_units_signed_document()
    {
        var id = await StoreAsync(SignedPdf(tamper: false), "93/UBND-VP");
        using var outsider = await App.BrowserClientForAsync("sngv.quangngai", DemoPassword);

        var response = await outsider.GetAsync($"/Documents/Details/{id}");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class SignaturePageTests_Sqlite(SqliteDatabases d) : SignaturePageTests(d), IClassFixture<SqliteDatabases>;
public sealed class SignaturePageTests_Postgres(PostgresDatabases d) : SignaturePageTests(d), IClassFixture<PostgresDatabases>;
