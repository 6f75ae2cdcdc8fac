using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Writing.Pdf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuuNghi.Web.Tests.Api;

public abstract class ReportsApiTests(IDatabaseFactory databases) : WebTest(databases)
{
    private readonly IDatabaseFactory _databases = databases;

    private static async Task<int> DongThap2023Async(HttpClient client)
    {
        var rows = await client.GetFromJsonAsync<JsonElement[]>("/api/reporting/requests");
        return rows!.Single(r => r.GetProperty("period").GetString() == "2023" && r.GetProperty("title").GetString()!.Contains("313/KH-UBND", StringComparison.Ordinal))
            .GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Should_give_thap_muois_officer_the_2023_report_as_docx_and_another_district_403()
    {
        using var officer = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        var id = await DongThap2023Async(officer);
        var unit = await UnitIdAsync("dt.tm.ubnd");

        var response = await officer.GetAsync($"/api/reporting/requests/{id}/submissions/{unit}/report?format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var parsed = Assert.Single(DocumentParser.ParseBytes(await response.Content.ReadAsByteArrayAsync(), "bao-cao.docx").Documents);
        Assert.Equal("report", parsed.Kind);
        Assert.Equal("Đoàn Thanh Bình", parsed.Signer?.Name);
        Assert.Equal(["Sở Ngoại vụ tỉnh Đồng Tháp"], parsed.Addressees);

        var content = await officer.GetFromJsonAsync<JsonElement>($"/api/reporting/requests/{id}/submissions/{unit}/report/content");
        Assert.Equal("Ủy ban nhân dân huyện Tháp Mười", content.GetProperty("content").GetProperty("unitName").GetString());

        using var binhSon = await App.ClientForAsync("ubnd.binhson", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await binhSon.GetAsync($"/api/reporting/requests/{id}/submissions/{unit}/report")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await binhSon.GetAsync($"/api/reporting/requests/{id}/submissions/{unit}/report/content")).StatusCode);
    }

    [Fact]
    public async Task Should_describe_the_report_routes_at_openapi()
    {
        using var client = App.Client();
        var json = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/reporting/requests/{id}/submissions/{unitId}/report", json);
        Assert.Contains("/api/reporting/requests/{id}/consolidated-report", json);
        Assert.Contains("/api/orgunits/{id}/issuer-profile", json);
    }

    [Fact]
    public async Task Should_answer_400_to_a_format_it_cannot_write()
    {
        using var officer = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        var id = await DongThap2023Async(officer);
        var response = await officer.GetAsync($"/api/reporting/requests/{id}/submissions/{await UnitIdAsync("dt.tm.ubnd")}/report?format=odt");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("DOCX, PDF hoặc XLSX", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_give_the_consolidated_report_with_its_warnings_in_an_ascii_header()
    {
        using var focal = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var id = await DongThap2023Async(focal);

        var response = await focal.GetAsync($"/api/reporting/requests/{id}/consolidated-report?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(Documents.Writing.Xlsx.XlsxWorkbook.Read(await response.Content.ReadAsByteArrayAsync()).Rows);
        var warnings = response.Headers.GetValues("X-Report-Warnings").Single().Split(',').Select(Uri.UnescapeDataString).ToList();
        Assert.Contains(warnings, w => w.Contains("Chưa cấu hình người ký", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_save_the_receivers_consolidated_text_and_answer_409_to_a_stale_save()
    {
        using var focal = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var id = await DongThap2023Async(focal);
        var before = await focal.GetFromJsonAsync<JsonElement>($"/api/reporting/requests/{id}/consolidated-report/content");
        var seen = before.GetProperty("seenVersion").GetInt32();
        string[] text = ["Toàn tỉnh đã quán triệt Kế hoạch.", "", "- Kinh phí hạn chế.", "1. Tiếp tục thực hiện."];

        var save = await focal.PutAsJsonAsync($"/api/reporting/requests/{id}/consolidated-report/text", new { seenVersion = seen, narratives = text });
        var stale = await focal.PutAsJsonAsync($"/api/reporting/requests/{id}/consolidated-report/text", new { seenVersion = seen, narratives = text });

        Assert.Equal(HttpStatusCode.NoContent, save.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var after = await focal.GetFromJsonAsync<JsonElement>($"/api/reporting/requests/{id}/consolidated-report/content");
        Assert.Equal("Toàn tỉnh đã quán triệt Kế hoạch.", after.GetProperty("content").GetProperty("sections")[0].GetProperty("text").GetString());
        using var district = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PutAsJsonAsync($"/api/reporting/requests/{id}/consolidated-report/text",
            new { seenVersion = after.GetProperty("seenVersion").GetInt32(), narratives = text })).StatusCode);
    }

    [Fact]
    public async Task Should_answer_503_with_a_message_in_the_users_language_when_no_pdf_can_be_made()
    {
        await using var app = await TestWebApp.StartAsync(_databases, configureServices: WithoutLibreOffice);
        using var officer = await app.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        var id = await DongThap2023Async(officer);
        var units = await officer.GetFromJsonAsync<JsonElement[]>("/api/orgunits?asOf=2023-12-31");
        var unit = units!.Single(u => u.GetProperty("name").GetString() == "Ủy ban nhân dân huyện Tháp Mười").GetProperty("id").GetInt32();

        var vi = await officer.GetAsync($"/api/reporting/requests/{id}/submissions/{unit}/report?format=pdf");
        var en = await officer.GetAsync($"/api/reporting/requests/{id}/submissions/{unit}/report?format=pdf&culture=en");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, vi.StatusCode);
        Assert.Contains("Không tìm thấy LibreOffice", await vi.Content.ReadAsStringAsync());
        Assert.Contains("LibreOffice (soffice) was not found", await en.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_save_the_signer_refuse_a_stale_save_and_another_districts_officer()
    {
        using var officer = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        var unit = await UnitIdAsync("dt.tm.ubnd");
        var url = $"/api/orgunits/{unit}/issuer-profile";
        var before = await officer.GetFromJsonAsync<JsonElement>(url);
        var seen = before.GetProperty("seenVersion").GetInt32();
        var body = new
        {
            seenVersion = seen, signerAuthority = new[] { "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" }, signerPosition = "PHÓ CHỦ TỊCH",
            signerName = "Nguyễn Văn An", distribution = new[] { "Như trên", "Lưu: VT" },
        };

        Assert.Equal(HttpStatusCode.NoContent, (await officer.PutAsJsonAsync(url, body)).StatusCode);

        var after = await officer.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("Nguyễn Văn An", after.GetProperty("effective").GetProperty("signerName").GetString());
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], after.GetProperty("saved").GetProperty("signerAuthority").EnumerateArray().Select(l => l.GetString()));
        Assert.NotEqual(seen, after.GetProperty("seenVersion").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PutAsJsonAsync(url, body)).StatusCode);

        using var binhSon = await App.ClientForAsync("ubnd.binhson", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await binhSon.PutAsJsonAsync(url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await binhSon.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Should_save_the_narratives_with_the_draft_and_write_them_into_the_report()
    {
        using var officer = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        var rows = await officer.GetFromJsonAsync<JsonElement[]>("/api/reporting/requests");
        var id = rows!.Single(r => r.GetProperty("period").GetString() == "2024" && r.GetProperty("title").GetString()!.Contains("Đồng Tháp")).GetProperty("id").GetInt32();
        var unit = await UnitIdAsync("dt.tm.ubnd");
        var draft = await (await officer.PostAsync($"/api/reporting/requests/{id}/submissions/{unit}/drafts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var content = await officer.GetFromJsonAsync<JsonElement>($"/api/reporting/requests/{id}/submissions/{unit}/report/content");
        var narratives = content.GetProperty("content").GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToArray();
        narratives[^1] = "Đề nghị tỉnh hỗ trợ kinh phí đón đoàn năm 2025.";

        var save = await officer.PutAsJsonAsync($"/api/reporting/submissions/{draft.GetProperty("submissionId").GetInt32()}/versions/1",
            new { content = "Báo cáo năm 2024", figures = new { }, narratives });

        Assert.Equal(HttpStatusCode.NoContent, save.StatusCode);
        var docx = await officer.GetByteArrayAsync($"/api/reporting/requests/{id}/submissions/{unit}/report");
        Assert.Contains("Đề nghị tỉnh hỗ trợ kinh phí đón đoàn năm 2025.", Documents.Reading.DocumentReader.Read(docx, "r.docx").Text);
    }

    /// <summary>The real app on a machine where LibreOffice cannot be found.</summary>
    private static void WithoutLibreOffice(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton(new PdfConverter(new PdfConverterOptions { ExecutablePath = "/nonexistent/soffice" })));
}

public sealed class ReportsApiTests_Sqlite(SqliteDatabases d) : ReportsApiTests(d), IClassFixture<SqliteDatabases>;
public sealed class ReportsApiTests_Postgres(PostgresDatabases d) : ReportsApiTests(d), IClassFixture<PostgresDatabases>;
