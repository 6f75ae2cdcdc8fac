using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HuuNghi.Web.Tests.Api;

public abstract class ReportingApiTests(IDatabaseFactory databases) : WebTest(databases)
{
    private static async Task<int> Request2023Async(HttpClient client)
    {
        var rows = await client.GetFromJsonAsync<JsonElement[]>("/api/reporting/requests");
        return rows!.Single(r => r.GetProperty("period").GetString() == "2023").GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Should_give_the_rates_of_the_2023_request_in_the_contract_shape()
    {
        using var client = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var rates = await client.GetFromJsonAsync<JsonElement>($"/api/reporting/requests/{await Request2023Async(client)}/rates");
        Assert.Equal((2, 1, 1), (rates.GetProperty("expected").GetInt32(), rates.GetProperty("submitted").GetInt32(), rates.GetProperty("onTime").GetInt32()));
        Assert.Equal(0.5m, rates.GetProperty("rate").GetDecimal());
        var units = rates.GetProperty("units").EnumerateArray().ToList();
        Assert.Contains(units, u => u.GetProperty("status").GetString() == "Submitted" && u.GetProperty("name").GetString() == "Ủy ban nhân dân huyện Tháp Mười");
        Assert.Contains(units, u => u.GetProperty("status").GetString() == "Missing");
    }

    [Fact]
    public async Task Should_give_another_provinces_officer_403_on_the_rates()
    {
        using var dongThap = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var id = await Request2023Async(dongThap);
        using var quangNgai = await App.ClientForAsync("sngv.quangngai", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await quangNgai.GetAsync($"/api/reporting/requests/{id}/rates")).StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_unit_not_expected_with_a_message_in_the_users_language()
    {
        using var client = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var id = await Request2023Async(client);
        var myAn = await UnitIdAsync("dt.tm.myan.ubnd");
        var vi = await client.PostAsync($"/api/reporting/requests/{id}/submissions/{myAn}/drafts", null);
        var en = await client.PostAsync($"/api/reporting/requests/{id}/submissions/{myAn}/drafts?culture=en", null);
        Assert.Equal(HttpStatusCode.BadRequest, vi.StatusCode);
        Assert.Contains("không nằm trong danh sách phải báo cáo", await vi.Content.ReadAsStringAsync());
        Assert.Contains("not among those expected to report", await en.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_answer_409_to_the_second_of_two_officers_reviewing_at_once()
    {
        using var officer = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        using var focal = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var rows = await focal.GetFromJsonAsync<JsonElement[]>("/api/reporting/requests");
        var id = rows!.Single(r => r.GetProperty("period").GetString() == "2024" && r.GetProperty("title").GetString()!.Contains("Đồng Tháp")).GetProperty("id").GetInt32();
        var unit = await UnitIdAsync("dt.tm.ubnd");
        var draft = await (await officer.PostAsync($"/api/reporting/requests/{id}/submissions/{unit}/drafts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var submissionId = draft.GetProperty("submissionId").GetInt32();
        var save = await officer.PutAsJsonAsync($"/api/reporting/submissions/{submissionId}/versions/1",
            new { content = "Báo cáo năm 2024", figures = new Dictionary<string, decimal> { ["delegations-in.visits"] = 18 } });
        Assert.Equal(HttpStatusCode.NoContent, save.StatusCode);
        var seen = (await officer.GetFromJsonAsync<JsonElement>($"/api/reporting/requests/{id}/submissions/{unit}")).GetProperty("seenVersion").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync($"/api/reporting/submissions/{submissionId}/submit", new { seenVersion = seen })).StatusCode);

        seen = (await focal.GetFromJsonAsync<JsonElement>($"/api/reporting/requests/{id}/submissions/{unit}")).GetProperty("seenVersion").GetInt32();
        var first = await focal.PostAsJsonAsync($"/api/reporting/submissions/{submissionId}/accept", new { seenVersion = seen });
        var second = await focal.PostAsJsonAsync($"/api/reporting/submissions/{submissionId}/return", new { seenVersion = seen, reason = "Thiếu số liệu" });
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);

        var edit = await officer.PutAsJsonAsync($"/api/reporting/submissions/{submissionId}/versions/1", new { content = "Sửa sau khi gửi", figures = new { } });
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        var xlsx = await focal.GetAsync($"/api/reporting/requests/{id}/consolidation.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var sheet = Documents.Writing.Xlsx.XlsxWorkbook.Read(await xlsx.Content.ReadAsByteArrayAsync(), "Tổng hợp");
        Assert.Contains(sheet.Rows, r => r[0].TextValue == "delegations-in.visits" && r[1].NumberValue == 18);
    }
}

public sealed class ReportingApiTests_Sqlite(SqliteDatabases d) : ReportingApiTests(d), IClassFixture<SqliteDatabases>;
public sealed class ReportingApiTests_Postgres(PostgresDatabases d) : ReportingApiTests(d), IClassFixture<PostgresDatabases>;
