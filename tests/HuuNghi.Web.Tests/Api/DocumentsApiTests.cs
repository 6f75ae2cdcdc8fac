using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HuuNghi.Web.Tests.Api;

public abstract class DocumentsApiTests(IDatabaseFactory databases) : WebTest(databases)
{
    private static MultipartFormDataContent Upload(string fileName, byte[] content) =>
        new() { { new ByteArrayContent(content), "file", fileName } };

    [Fact]
    public async Task Should_upload_a_bundle_and_browse_its_citations_both_ways()
    {
        using var client = await App.ClientForAsync("bdv.tayninh", DemoPassword);
        var response = await client.PostAsync("/api/documents", Upload("002.txt", await File.ReadAllBytesAsync(Seeds.Path("002"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal(3, outcome.GetProperty("documents").GetArrayLength());

        var plan = await client.GetFromJsonAsync<JsonElement>("/api/documents/by-reference?reference=83-KH%2FTU");
        Assert.Equal("Phạm Hùng Thái", plan.GetProperty("parsed").GetProperty("signer").GetProperty("name").GetString());
        Assert.Contains(plan.GetProperty("citedBy").EnumerateArray(), c => c.GetProperty("reference").GetString() == "578-CV/BDVTU");

        var again = await client.PostAsync("/api/documents", Upload("002-copy.txt", await File.ReadAllBytesAsync(Seeds.Path("002"))));
        var againBody = await again.Content.ReadAsStringAsync();
        Assert.True(JsonDocument.Parse(againBody).RootElement[0].GetProperty("unchanged").GetBoolean(), againBody);

        var found = await client.GetFromJsonAsync<JsonElement>("/api/documents?q=doi%20ngoai%20nhan%20dan");
        Assert.True(found.GetProperty("total").GetInt32() >= 3);
    }

    [Fact]
    public async Task Should_answer_a_conflicting_file_with_409_and_an_oversized_one_with_a_clear_message()
    {
        using var client = await App.ClientForAsync("ubnd.hoaan", DemoPassword);
        var seed = await File.ReadAllBytesAsync(Seeds.Path("001"));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/documents", Upload("001.txt", seed))).StatusCode);
        var altered = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(seed).Replace("Đỗ Văn Hiếu", "Người Khác", StringComparison.Ordinal));
        var conflict = await client.PostAsync("/api/documents", Upload("001-sua.txt", altered));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("62/KH-UBND", await conflict.Content.ReadAsStringAsync());

        var huge = new byte[21 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');
        var tooBig = await client.PostAsync("/api/documents", Upload("lon.txt", huge));
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("MB", await tooBig.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_keep_another_units_documents_out_of_reach()
    {
        using var hoaAn = await App.ClientForAsync("ubnd.hoaan", DemoPassword);
        await hoaAn.PostAsync("/api/documents", Upload("001.txt", await File.ReadAllBytesAsync(Seeds.Path("001"))));
        var plan = await hoaAn.GetFromJsonAsync<JsonElement>("/api/documents/by-reference?reference=62%2FKH-UBND");
        var id = plan.GetProperty("id").GetInt32();

        using var binhSon = await App.ClientForAsync("ubnd.binhson", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await binhSon.GetAsync($"/api/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await binhSon.GetAsync($"/api/documents/{id}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await binhSon.GetAsync($"/api/documents/{id}/edxml")).StatusCode);
        var package = await hoaAn.GetAsync($"/api/documents/{id}/edxml");
        Assert.Equal(HttpStatusCode.OK, package.StatusCode);
        Assert.Contains("http://www.mic.gov.vn/TBT/QCVN_102_2016", await package.Content.ReadAsStringAsync());
        var list = await binhSon.GetFromJsonAsync<JsonElement>("/api/documents?q=62%2FKH-UBND");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }
}

public sealed class DocumentsApiTests_Sqlite(SqliteDatabases d) : DocumentsApiTests(d), IClassFixture<SqliteDatabases>;
public sealed class DocumentsApiTests_Postgres(PostgresDatabases d) : DocumentsApiTests(d), IClassFixture<PostgresDatabases>;
