using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HuuNghi.Web.Tests.Api;

public abstract class DocumentsLintApiTests(IDatabaseFactory databases) : WebTest(databases)
{
    [Fact]
    public async Task Should_lint_uploaded_files_without_storing_them()
    {
        using var client = await App.ClientForAsync("ubnd.binhson", DemoPassword);
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/documents")).GetProperty("total").GetInt32();
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(Seeds.Path("003"))), "file", "003.txt" },
            { new ByteArrayContent("Số: 5/KH-UBND\n\nBình Sơn, ngày 5 tháng 1 năm 2024\n\nKẾ HOẠCH\nĐối ngoại nhân dân\n"u8.ToArray()), "file", "nhap.txt" },
        };
        var response = await client.PostAsync("/api/documents/lint", upload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var files = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(["003.txt", "nhap.txt"], files.Select(f => f.GetProperty("file").GetString()));
        Assert.DoesNotContain(files[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
        var rules = files[1].GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error")
            .Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.Contains("reference-number", rules);
        Assert.Contains("date-padding", rules);

        var after = (await client.GetFromJsonAsync<JsonElement>("/api/documents")).GetProperty("total").GetInt32();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Should_refuse_an_unreadable_file_and_a_caller_without_a_token()
    {
        using var client = await App.ClientForAsync("ubnd.binhson", DemoPassword);
        using var empty = new MultipartFormDataContent { { new ByteArrayContent([]), "file", "rong.txt" } };
        var response = await client.PostAsync("/api/documents/lint", empty);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("rong.txt", await response.Content.ReadAsStringAsync());

        using var anonymous = App.Client();
        using var upload = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "a.txt" } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/documents/lint", upload)).StatusCode);
        Assert.Contains("/api/documents/lint", await anonymous.GetStringAsync("/openapi/v1.json"));
    }
}

public sealed class DocumentsLintApiTests_Sqlite(SqliteDatabases d) : DocumentsLintApiTests(d), IClassFixture<SqliteDatabases>;
public sealed class DocumentsLintApiTests_Postgres(PostgresDatabases d) : DocumentsLintApiTests(d), IClassFixture<PostgresDatabases>;
