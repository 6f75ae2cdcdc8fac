using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HuuNghi.Documents.Reading;
using HuuNghi.Documents.Writing.Pdf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuuNghi.Web.Tests.Pages;

public abstract partial class ReportWriterPagesTests(IDatabaseFactory databases) : WebTest(databases)
{
    private readonly IDatabaseFactory _databases = databases;

    private async Task<int> DongThapRequestAsync(string period)
    {
        using var api = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var rows = await api.GetFromJsonAsync<JsonElement[]>("/api/reporting/requests");
        return rows!.Single(r => r.GetProperty("period").GetString() == period && r.GetProperty("title").GetString()!.Contains("Đồng Tháp", StringComparison.Ordinal))
            .GetProperty("id").GetInt32();
    }

    private static string Token(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    [Fact]
    public async Task Should_write_the_sections_of_a_draft_save_them_and_download_them_as_docx()
    {
        var id = await DongThapRequestAsync("2024");
        var unit = await UnitIdAsync("dt.tm.ubnd");
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var url = $"/Reporting/Submission/{id}/{unit}";
        var start = await officer.PostAsync(url + "?handler=Start", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(await officer.GetStringAsync(url)) }));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);

        var page = await officer.GetStringAsync(url);
        Assert.Contains("Soạn báo cáo", page);
        Assert.Contains("III. Thuận lợi, khó khăn", page);
        Assert.Contains("data-testid=\"results-preview\"", page);
        var submissionId = Regex.Match(page, "name=\"SubmissionId\" value=\"(\\d+)\"").Groups[1].Value;
        var sentence = "Kinh phí đón tiếp đoàn vào còn hạn chế.";
        // No figure fields, as a regime without indicators posts the form: the other fields must not pass for figures.
        var save = await officer.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["SubmissionId"] = submissionId, ["number"] = "1", ["SeenVersion"] = "0",
            ["ReportText"] = "Báo cáo năm 2024", ["Narratives[0]"] = "Đã quán triệt kế hoạch.", ["Narratives[1]"] = "",
            ["Narratives[2]"] = sentence, ["Narratives[3]"] = "Tiếp tục tăng cường giao lưu.",
        }));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);

        Assert.Contains(sentence, await officer.GetStringAsync(url));
        var docx = await officer.GetAsync(url + "?handler=File&format=docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Contains(sentence, DocumentReader.Read(await docx.Content.ReadAsByteArrayAsync(), "r.docx").Text);

        using var binhSon = await App.BrowserClientForAsync("ubnd.binhson", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await binhSon.GetAsync(url + "?handler=File&format=docx")).StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_figure_typed_as_1_5_and_keep_the_draft_unsaved()
    {
        var id = await DongThapRequestAsync("2024");
        var unit = await UnitIdAsync("dt.tm.ubnd");
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var url = $"/Reporting/Submission/{id}/{unit}";
        await officer.PostAsync(url + "?handler=Start", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(await officer.GetStringAsync(url)) }));
        var page = await officer.GetStringAsync(url);

        var save = await officer.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["SubmissionId"] = Regex.Match(page, "name=\"SubmissionId\" value=\"(\\d+)\"").Groups[1].Value,
            ["number"] = "1", ["SeenVersion"] = "0", ["ReportText"] = "Không được lưu", ["Figures[delegations-in.visits]"] = "1.5",
        }));

        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Contains("&#x27;1.5&#x27; không phải cách viết số hợp lệ", await save.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Không được lưu", await officer.GetStringAsync(url));
    }

    [Fact]
    public async Task Should_offer_the_consolidated_report_with_its_warnings()
    {
        var id = await DongThapRequestAsync("2023");
        using var focal = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);

        Assert.Contains("Chưa cấu hình người ký", await focal.GetStringAsync($"/Reporting/Consolidation/{id}"));
        var docx = await focal.GetAsync($"/Reporting/Consolidation/{id}?handler=Report&format=docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await focal.GetAsync($"/Reporting/Consolidation/{id}?handler=Report&format=odt")).StatusCode);

        using var quangNgai = await App.BrowserClientForAsync("sngv.quangngai", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await quangNgai.GetAsync($"/Reporting/Consolidation/{id}?handler=Report&format=docx")).StatusCode);
    }

    [Fact]
    public async Task Should_let_the_receiver_write_its_own_consolidated_text_and_keep_it_on_a_stale_save()
    {
        var id = await DongThapRequestAsync("2023");
        var url = $"/Reporting/Consolidation/{id}";
        using var focal = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        var page = await focal.GetStringAsync(url);
        Assert.Contains("a) Ủy ban nhân dân huyện Tháp Mười", page); // before any save, the units' text is quoted
        const string sentence = "Các địa phương đã quán triệt đầy đủ Kế hoạch 313/KH-UBND.";
        Dictionary<string, string> Form(string html, string first) => new()
        {
            ["__RequestVerificationToken"] = Token(html), ["seenVersion"] = Regex.Match(html, "name=\"seenVersion\" value=\"(\\d+)\"").Groups[1].Value,
            ["Narratives[0]"] = first, ["Narratives[1]"] = "", ["Narratives[2]"] = "- Kinh phí còn hạn chế.", ["Narratives[3]"] = "1. Tiếp tục thực hiện Kế hoạch.",
        };

        Assert.Equal(HttpStatusCode.Redirect, (await focal.PostAsync(url + "?handler=Narratives", new FormUrlEncodedContent(Form(page, sentence)))).StatusCode);
        var docx = await focal.GetAsync(url + "?handler=Report&format=docx");
        Assert.Contains(sentence, DocumentReader.Read(await docx.Content.ReadAsByteArrayAsync(), "r.docx").Text);
        var stale = await focal.PostAsync(url + "?handler=Narratives", new FormUrlEncodedContent(Form(page, "Bản cũ của người khác")));
        var staleHtml = await stale.Content.ReadAsStringAsync();
        Assert.Contains("vừa được người khác sửa", staleHtml);
        Assert.Contains("Bản cũ của người khác", staleHtml); // what was typed is still in the box

        // A district sees its own row of the consolidation, not the receiver's report or its editor.
        using var district = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var own = await district.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var ownHtml = await own.Content.ReadAsStringAsync();
        Assert.DoesNotContain("consolidated-text", ownHtml);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostAsync(url + "?handler=Narratives", new FormUrlEncodedContent(Form(ownHtml, "x")))).StatusCode);
    }

    [Fact]
    public async Task Should_save_the_signer_on_the_unit_page_and_say_when_someone_saved_first()
    {
        var unit = await UnitIdAsync("dt.tm.ubnd");
        var url = $"/OrgUnits/Details/{unit}";
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var page = await officer.GetStringAsync(url);
        Assert.Contains("Người ký, nơi nhận", page);
        Assert.Contains("Đoàn Thanh Bình", page);
        var seen = Regex.Match(page, "name=\"Signer.SeenVersion\" value=\"(\\d+)\"").Groups[1].Value;
        Dictionary<string, string> Form(string html) => new()
        {
            ["__RequestVerificationToken"] = Token(html), ["Signer.SeenVersion"] = seen, ["Signer.SignerAuthority"] = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
            ["Signer.SignerPosition"] = "PHÓ CHỦ TỊCH", ["Signer.SignerName"] = "Nguyễn Văn An", ["Signer.Distribution"] = "Như trên;\nLưu: VT.",
        };

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync(url + "?handler=Signer", new FormUrlEncodedContent(Form(page)))).StatusCode);
        var saved = await officer.GetStringAsync(url);
        Assert.Contains("Nguyễn Văn An", saved);
        var stale = await officer.PostAsync(url + "?handler=Signer", new FormUrlEncodedContent(Form(saved)));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("vừa được người khác sửa", await stale.Content.ReadAsStringAsync());
        var bad = await officer.PostAsync(url + "?handler=Signer", new FormUrlEncodedContent(new Dictionary<string, string>(Form(saved))
        {
            ["Signer.SeenVersion"] = Regex.Match(saved, "name=\"Signer.SeenVersion\" value=\"(\\d+)\"").Groups[1].Value, ["Signer.Abbreviation"] = "UB ND",
        }));
        Assert.Contains("không có khoảng trắng", await bad.Content.ReadAsStringAsync());

        using var binhSon = await App.BrowserClientForAsync("ubnd.binhson", DemoPassword);
        var other = await binhSon.GetStringAsync("/Reporting");
        var refused = await binhSon.PostAsync(url + "?handler=Signer", new FormUrlEncodedContent(Form(other)));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Should_say_on_the_page_when_no_pdf_can_be_made()
    {
        await using var app = await TestWebApp.StartAsync(_databases, configureServices: WithoutLibreOffice);
        using var api = await app.ClientForAsync("sngv.dongthap", DemoPassword);
        var id = (await api.GetFromJsonAsync<JsonElement[]>("/api/reporting/requests"))!
            .Single(r => r.GetProperty("period").GetString() == "2023" && r.GetProperty("title").GetString()!.Contains("Đồng Tháp", StringComparison.Ordinal)).GetProperty("id").GetInt32();
        using var focal = await app.BrowserClientForAsync("sngv.dongthap", DemoPassword);

        var response = await focal.GetAsync($"/Reporting/Consolidation/{id}?handler=Report&format=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"file-problem\"", html);
        Assert.Contains("Không tìm thấy LibreOffice", html);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    /// <summary>The real app on a machine where LibreOffice cannot be found.</summary>
    private static void WithoutLibreOffice(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton(new PdfConverter(new PdfConverterOptions { ExecutablePath = "/nonexistent/soffice" })));
}

public sealed class ReportWriterPagesTests_Sqlite(SqliteDatabases d) : ReportWriterPagesTests(d), IClassFixture<SqliteDatabases>;
public sealed class ReportWriterPagesTests_Postgres(PostgresDatabases d) : ReportWriterPagesTests(d), IClassFixture<PostgresDatabases>;
