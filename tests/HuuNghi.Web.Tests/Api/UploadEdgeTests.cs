using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HuuNghi.Web.Tests.Api;

/// <summary>Issue 17, item 4 at the HTTP edge: file names as a hostile client sends them, and an upload over the limit.</summary>
public abstract class UploadEdgeTests(IDatabaseFactory databases) : WebTest(databases)
{
    [Fact]
    public async Task Should_store_and_send_back_only_the_last_segment_of_a_back_slashed_file_name()
    {
        using var client = await App.ClientForAsync("bdv.tayninh", DemoPassword);
        var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(Seeds.Path("002")));
        // Set by hand: the header writer would otherwise quote and escape the name for us.
        file.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"file\"; filename=\"..\\..\\etc/..\\k\u0001e-hoach.txt\"");
        upload.Add(file);
        var response = await client.PostAsync("/api/documents", upload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal("ke-hoach.txt", outcome.GetProperty("file").GetString());

        var id = outcome.GetProperty("documents")[0].GetProperty("id").GetInt32();
        var sent = await client.GetAsync($"/api/documents/{id}/file");
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal("ke-hoach.txt", sent.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Should_refuse_a_30_mb_upload_while_reading_it_with_a_problem()
    {
        using var client = await App.ClientForAsync("bdv.tayninh", DemoPassword);
        var huge = new byte[30 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');
        foreach (var path in new[] { "/api/documents", "/api/documents/lint", "/api/registers/delegations-in/import" })
        {
            var response = await client.PostAsync(path, new MultipartFormDataContent { { new ByteArrayContent(huge), "file", "lon.docx" } });
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{path}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("20 MB", await response.Content.ReadAsStringAsync());
        }
        var documents = await client.GetFromJsonAsync<JsonElement>("/api/documents?q=lon");
        Assert.Equal(0, documents.GetProperty("total").GetInt32());
    }
}

public sealed class UploadEdgeTests_Sqlite(SqliteDatabases d) : UploadEdgeTests(d), IClassFixture<SqliteDatabases>;
public sealed class UploadEdgeTests_Postgres(PostgresDatabases d) : UploadEdgeTests(d), IClassFixture<PostgresDatabases>;
