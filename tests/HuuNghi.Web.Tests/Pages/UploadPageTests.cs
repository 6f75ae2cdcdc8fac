using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Web.Tests.Pages;

/// <summary>Upload in two steps: the parser's warnings beside the fields, the officer's corrections stored.</summary>
public abstract partial class UploadPageTests(IDatabaseFactory databases) : WebTest(databases)
{
    // Written for this test: a dispatch with no subject line, so the parser must say so.
    private const string Letter = """
        ỦY BAN NHÂN DÂN
        HUYỆN THÁP MƯỜI
        Số: 91/UBND-VP
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Tháp Mười, ngày 02 tháng 4 năm 2024

        Kính gửi: Sở Ngoại vụ tỉnh Đồng Tháp

        Ủy ban nhân dân huyện đề nghị Sở hướng dẫn việc đón đoàn thanh niên quốc tế tháng 5 năm 2024.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Nguyễn Văn An
        """;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"Token\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex HeldToken();

    private static string Antiforgery(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    private static async Task<string> UploadAsync(HttpClient client)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(Antiforgery(await client.GetStringAsync("/Documents/Upload"))), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Letter)), "Files", "cong-van-91.txt" },
        };
        var response = await client.PostAsync("/Documents/Upload", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Should_show_the_parsers_warning_beside_the_field_and_store_nothing_until_confirmed()
    {
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);

        var html = await UploadAsync(officer);

        Assert.Contains("data-testid=\"upload-review\"", html);
        Assert.Contains("Không tìm thấy trích yếu", html);
        Assert.Contains("value=\"91/UBND-VP\"", html);
        Assert.Equal(0, await CountAsync("91/UBND-VP"));
    }

    [Fact]
    public async Task Should_store_the_corrected_fields_when_the_officer_confirms()
    {
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var review = await UploadAsync(officer);

        var confirmed = await ConfirmAsync(officer, review, "Về việc đón đoàn thanh niên quốc tế", "2024-04-02");

        Assert.Contains("Đã lưu 1 văn bản", confirmed);
        Assert.DoesNotContain("data-testid=\"upload-review\"", confirmed);
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.HuuNghiDbContext>();
        var stored = await db.Documents.SingleAsync(d => d.Reference == "91/UBND-VP");
        Assert.Equal("Về việc đón đoàn thanh niên quốc tế", stored.Title);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "Corrected" && a.EntityId == stored.Id.ToString()));
    }

    [Fact]
    public async Task Should_put_a_wrong_date_back_beside_its_field_and_keep_the_file_waiting()
    {
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var review = await UploadAsync(officer);

        var refused = await ConfirmAsync(officer, review, "Về việc đón đoàn", "02/04/2024");

        Assert.Contains("không hợp lệ", refused);
        Assert.Contains("data-testid=\"upload-review\"", refused);
        Assert.Contains("value=\"02/04/2024\"", refused);
        Assert.Equal(0, await CountAsync("91/UBND-VP"));
    }

    [Fact]
    public async Task Should_not_let_another_user_confirm_a_file_held_for_someone_else()
    {
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var review = await UploadAsync(officer);
        using var other = await App.BrowserClientForAsync("sngv.quangngai", DemoPassword);

        var answer = await ConfirmAsync(other, review, "Tiêu đề khác", "2024-04-02", pageFor: other);

        Assert.Contains("không còn chờ xác nhận", answer);
        Assert.Equal(0, await CountAsync("91/UBND-VP"));
    }

    private static async Task<string> ConfirmAsync(HttpClient client, string review, string title, string issuedOn, HttpClient? pageFor = null)
    {
        var antiforgery = Antiforgery(pageFor is null ? review : await pageFor.GetStringAsync("/Documents/Upload"));
        var response = await client.PostAsync("/Documents/Upload?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["Token"] = HeldToken().Match(review).Groups[1].Value,
            ["Docs[0].Kind"] = "dispatch", ["Docs[0].Reference"] = "91/UBND-VP", ["Docs[0].IssuedOn"] = issuedOn,
            ["Docs[0].Place"] = "Tháp Mười", ["Docs[0].Issuer"] = "Ủy ban nhân dân huyện Tháp Mười", ["Docs[0].Title"] = title,
            ["Docs[0].SignerName"] = "Nguyễn Văn An", ["Docs[0].SignerPosition"] = "Chủ tịch",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<int> CountAsync(string reference)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Core.Data.HuuNghiDbContext>().Documents.CountAsync(d => d.Reference == reference);
    }
}

public sealed class UploadPageTests_Sqlite(SqliteDatabases d) : UploadPageTests(d), IClassFixture<SqliteDatabases>;
public sealed class UploadPageTests_Postgres(PostgresDatabases d) : UploadPageTests(d), IClassFixture<PostgresDatabases>;
