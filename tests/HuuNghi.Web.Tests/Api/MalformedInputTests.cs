using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HuuNghi.Web.Tests.Api;

/// <summary>
/// Issue 17, item 3: every write endpoint the OpenAPI document lists, called as the administrator with bodies that
/// are missing, null, malformed, of the wrong type, out of range or oversize, answers below 500, and a 400 is a
/// ProblemDetails. The operations are read from /openapi/v1.json, so a new endpoint is walked without an edit here.
/// </summary>
public abstract class MalformedInputTests(IDatabaseFactory databases) : WebTest(databases)
{
    private static readonly string[] WriteMethods = ["post", "put", "patch", "delete"];

    [Fact]
    public async Task Should_answer_every_malformed_write_without_a_server_error()
    {
        using var client = await App.ClientForAsync("admin", TestWebApp.AdminPassword);
        var openApi = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var register = (await client.GetFromJsonAsync<JsonElement>("/api/registers"))[0].GetProperty("name").GetString()!;
        var failures = new List<string>();
        var walked = 0;
        foreach (var (path, item) in openApi["paths"]!.AsObject())
        foreach (var method in WriteMethods)
        {
            if (item![method] is not { } operation || path == "/api/auth/token") continue;
            walked++;
            var url = UrlOf(path, operation, register);
            foreach (var (kind, content) in BodiesOf(operation, openApi))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = content };
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500)
                    failures.Add($"{method.ToUpperInvariant()} {path} [{kind}] → {(int)response.StatusCode} {Short(text)}");
                else if (response.StatusCode == HttpStatusCode.BadRequest && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    failures.Add($"{method.ToUpperInvariant()} {path} [{kind}] → 400 as {response.Content.Headers.ContentType?.MediaType}: {Short(text)}");
            }
        }
        Assert.True(walked > 20, $"only {walked} write operations found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Should_name_the_field_of_json_that_does_not_bind_in_the_users_language()
    {
        using var client = await App.ClientForAsync("admin", TestWebApp.AdminPassword);
        var cases = new (string Body, string Field)[]
        {
            ("{\"date\": \"2023-02-30\", \"sourceIds\": [1], \"targetId\": 2}", "date"),
            ("{\"date\": \"2025-07-01\", \"sourceIds\": [2147483648], \"targetId\": 2}", "sourceIds[0]"),
            ("{\"date\": \"2025-07-01\", \"sourceIds\": \"x\", \"targetId\": 2}", "sourceIds"),
            ("{\"date\": \"2025-07-01\", \"sourceIds\": [1], \"targetId\": ", "targetId"),
        };
        foreach (var (body, field) in cases)
        {
            var vi = await client.PostAsync("/api/orgunits/merge", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, vi.StatusCode);
            Assert.Equal("application/problem+json", vi.Content.Headers.ContentType?.MediaType);
            var problem = await vi.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("không hợp lệ", problem.GetProperty("errors").GetProperty(field)[0].GetString());
            var en = await client.PostAsync("/api/orgunits/merge?culture=en", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Contains("is not valid", (await en.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString());
        }
        using var anonymous = App.Client();
        var unauthorized = await anonymous.PostAsync("/api/plans?culture=en", Json("{}"));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal("application/problem+json", unauthorized.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sign-in required", await unauthorized.Content.ReadAsStringAsync());
        foreach (var kind in new[] { "\"Fortnightly\"", "99" })
        {
            var unknownEnum = await client.PostAsync("/api/reporting/regimes",
                new StringContent($"{{\"name\": \"x\", \"kind\": {kind}}}", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, unknownEnum.StatusCode);
            Assert.True((await unknownEnum.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kind", out _));
        }
    }

    [Theory]
    [InlineData("POST", "/api/plans", "{}", "Title")]
    [InlineData("POST", "/api/plans", "{\"title\": \"x\", \"planDate\": \"2025-01-02\", \"issuerUnitId\": 0, \"tasks\": []}", "IssuerUnitId")]
    [InlineData("POST", "/api/plans", "{\"title\": \"x\", \"planDate\": \"2025-01-02\", \"issuerUnitId\": 1, \"tasks\": [{\"title\": \"t\", \"leadUnitIds\": [1], \"timeframe\": 99}]}", "tasks[0].timeframe")]
    [InlineData("POST", "/api/plans", "{\"title\": \"x\", \"planDate\": \"2025-01-02\", \"issuerUnitId\": 1, \"tasks\": [{\"title\": \"t\", \"leadUnitIds\": [-1]}]}", "Tasks[0].LeadUnitIds")]
    [InlineData("POST", "/api/plans", "{\"title\": \"LONG\", \"planDate\": \"2025-01-02\", \"issuerUnitId\": 1, \"tasks\": []}", "Title")]
    [InlineData("POST", "/api/plans/id/1/tasks", "{}", "Task.Title")]
    [InlineData("PUT", "/api/plans/tasks/1?version=0", "{}", "Task.LeadUnitIds")]
    [InlineData("POST", "/api/registers/delegations-in", "{}", "UnitId")]
    [InlineData("POST", "/api/registers/delegations-in", "{\"unitId\": 1, \"values\": {\"Unknown\": \"x\"}}", "Unknown")]
    [InlineData("PUT", "/api/registers/delegations-in/1", "{}", "Values")]
    [InlineData("PUT", "/api/reporting/submissions/1/versions/1", "{}", "Content")]
    [InlineData("PUT", "/api/reporting/submissions/1/versions/1", "{\"content\": \"HUGE\", \"figures\": {}}", "Content")]
    [InlineData("POST", "/api/reporting/regimes/propose", "{}", "Deadlines")]
    [InlineData("POST", "/api/orgunits/merge", "{\"sourceIds\": [2], \"targetId\": 3}", "Date")]
    [InlineData("POST", "/api/orgunits/merge", "{\"targetId\": 3, \"date\": \"2025-07-01\"}", "SourceIds")]
    [InlineData("POST", "/api/orgunits/2/dissolve", "{}", "Date")]
    [InlineData("POST", "/api/orgunits/2/move", "{\"parentId\": 1}", "From")]
    [InlineData("POST", "/api/orgunits/2/move", "{\"parentId\": -1, \"from\": \"2025-07-01\"}", "ParentId")]
    public async Task Should_refuse_an_obviously_invalid_body_naming_the_field(string method, string url, string body, string field)
    {
        using var client = await App.ClientForAsync("admin", TestWebApp.AdminPassword);
        body = body.Replace("LONG", new string('x', 1_001)).Replace("HUGE", new string('x', 200_001));
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = Json(body) };
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
    }

    private static string UrlOf(string path, JsonNode operation, string register)
    {
        var url = path.Replace("{register}", register);
        url = System.Text.RegularExpressions.Regex.Replace(url, "\\{\\*{0,2}[^}]+\\}", "1");
        var query = (operation["parameters"]?.AsArray() ?? [])
            .Where(p => p!["in"]?.GetValue<string>() == "query" && p["required"]?.GetValue<bool>() == true)
            .Select(p => p!["name"]!.GetValue<string>() + "=1").ToList();
        return query.Count == 0 ? url : url + "?" + string.Join("&", query);
    }

    private static IEnumerable<(string Kind, HttpContent? Content)> BodiesOf(JsonNode operation, JsonNode openApi)
    {
        var content = operation["requestBody"]?["content"];
        if (content?["multipart/form-data"] is not null || content?["application/x-www-form-urlencoded"] is not null)
        {
            yield return ("no body", null);
            yield return ("empty form", new MultipartFormDataContent());
            yield return ("garbage file", new MultipartFormDataContent { { new ByteArrayContent([0x50, 0x4B, 3, 4, 9, 9]), "file", "..\\..\\x.docx" } });
            yield break;
        }
        yield return ("no body", null);
        yield return ("{}", Json("{}"));
        yield return ("null", Json("null"));
        yield return ("malformed", Json("{\"a\": "));
        yield return ("array", Json("[1]"));
        var schema = Resolve(content?["application/json"]?["schema"], openApi);
        if (schema?["properties"] is not JsonObject properties) yield break;
        yield return ("wrong types", Json(Body(properties, openApi, p => IsNumber(p) || IsBool(p) ? "x" : IsString(p) ? 12 : "x")));
        yield return ("-1", Json(Body(properties, openApi, p => IsEnum(p) ? 99 : IsNumber(p) ? -1 : IsString(p) ? "" : null)));
        yield return ("2^31", Json(Body(properties, openApi, p => IsNumber(p) ? 2147483648 : IsDate(p) ? "2023-02-30" : IsString(p) ? "x" : null)));
        yield return ("2^31-1", Json(Body(properties, openApi, p => IsEnum(p) ? 99 : IsNumber(p) ? int.MaxValue : IsDate(p) ? "2025-01-01" : IsString(p) ? "Unknown" : null)));
        yield return ("oversize", Json(Body(properties, openApi, p => IsNumber(p) ? 1 : IsDate(p) ? "2025-01-01" : IsString(p) ? new string('x', 300_000) : null)));
    }

    private static string Body(JsonObject properties, JsonNode openApi, Func<JsonNode, object?> valueOf)
    {
        var body = new JsonObject();
        foreach (var (name, raw) in properties)
        {
            var p = Resolve(raw, openApi)!;
            if (IsArray(p))
            {
                var element = Resolve(p["items"], openApi);
                body[name] = element is null ? new JsonArray() : new JsonArray(JsonValue(valueOf(element)));
            }
            else if (IsObject(p)) body[name] = new JsonObject { ["Unknown"] = JsonValue(valueOf(p)) };
            else body[name] = JsonValue(valueOf(p));
        }
        return body.ToJsonString();
    }

    private static JsonNode? JsonValue(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value);

    private static JsonNode? Resolve(JsonNode? node, JsonNode openApi)
    {
        for (var i = 0; i < 5 && node?["$ref"] is { } reference; i++)
            node = openApi["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]];
        return node;
    }

    private static IEnumerable<string> Types(JsonNode p) => p["type"] switch
    {
        JsonArray a => a.Select(t => t!.GetValue<string>()),
        JsonValue v => [v.GetValue<string>()],
        _ => p["oneOf"] is JsonArray one ? one.SelectMany(o => Types(o!)) : [],
    };

    private static bool IsEnum(JsonNode p) => p["enum"] is not null;
    private static bool IsNumber(JsonNode p) => Types(p).Any(t => t is "integer" or "number");
    private static bool IsBool(JsonNode p) => Types(p).Contains("boolean");
    private static bool IsString(JsonNode p) => Types(p).Contains("string") || IsEnum(p);
    private static bool IsDate(JsonNode p) => p["format"]?.GetValue<string>() is "date" or "date-time";
    private static bool IsArray(JsonNode p) => Types(p).Contains("array");
    private static bool IsObject(JsonNode p) => Types(p).Contains("object");

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
    private static string Short(string text) => text.Length > 300 ? text[..300] : text;
}

public sealed class MalformedInputTests_Sqlite(SqliteDatabases d) : MalformedInputTests(d), IClassFixture<SqliteDatabases>;
public sealed class MalformedInputTests_Postgres(PostgresDatabases d) : MalformedInputTests(d), IClassFixture<PostgresDatabases>;
