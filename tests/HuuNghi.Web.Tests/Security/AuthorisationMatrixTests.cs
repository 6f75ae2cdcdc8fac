using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Web.Tests.Security;

/// <summary>
/// Issue 17, item 2: every /api operation of the OpenAPI document and every page handler of the endpoint table, called by
/// no one, a Viewer, a Leader, a UnitOfficer and a FocalOfficer of other provinces on a real object of Đồng Tháp, is
/// refused (401, 403, 404; a page's redirect to the login or denied page counts as 401 or 403); the administrator is not
/// refused; nothing answers 5xx. The routes are read from the running app, so a new one without a <see cref="Matrix"/>
/// entry fails here.
/// </summary>
public abstract partial class AuthorisationMatrixTests(IDatabaseFactory databases) : WebTest(databases)
{
    private enum Prober { Anonymous, Viewer, Leader, UnitOfficer, FocalOfficer, Administrator }

    private static readonly Dictionary<Prober, string> UserOf = new()
    {
        [Prober.Viewer] = "xem.ninhbinh", [Prober.Leader] = "lanhdao.quangngai", [Prober.UnitOfficer] = "ubnd.binhson",
        [Prober.FocalOfficer] = "sngv.quangngai", [Prober.Administrator] = "admin",
    };

    private sealed record Walked(string Key, string Method, string Path, bool Page);

    [Fact]
    public async Task Should_have_a_matrix_entry_for_every_endpoint_and_page()
    {
        var routes = await RoutesAsync();
        var missing = routes.Where(r => !(r.Page || !r.Path.StartsWith("/api", StringComparison.Ordinal) ? Matrix.Other : Matrix.Api).ContainsKey(r.Key))
            .Select(r => r.Key).ToList();
        var known = routes.Select(r => r.Key).ToHashSet();
        var stale = Matrix.Api.Keys.Concat(Matrix.Other.Keys).Where(k => !known.Contains(k)).ToList();
        Assert.True(routes.Count(r => r.Page) > 60, $"only {routes.Count(r => r.Page)} page handlers found");
        Assert.True(missing.Count == 0, "Routes without an entry in the authorisation matrix:\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "Matrix entries for routes the app no longer has:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task Should_refuse_every_other_provinces_user_on_dong_thaps_objects_and_never_fail()
    {
        var ids = await SeedAsync();
        var routes = await RoutesAsync();
        var export = await (await (await App.ClientForAsync("admin", TestWebApp.AdminPassword)).GetAsync("/api/registers/delegations-in/export")).Content.ReadAsByteArrayAsync();
        var api = new Dictionary<Prober, HttpClient> { [Prober.Anonymous] = App.Client() };
        var pages = new Dictionary<Prober, (HttpClient Client, string Token)> { [Prober.Anonymous] = (App.Client(), await TokenAsync(App.Client(), "/Account/Login")) };
        foreach (var (prober, user) in UserOf)
        {
            var password = prober == Prober.Administrator ? TestWebApp.AdminPassword : DemoPassword;
            api[prober] = await App.ClientForAsync(user, password);
            var browser = await App.BrowserClientForAsync(user, password);
            pages[prober] = (browser, await TokenAsync(browser, "/"));
        }
        var failures = new List<string>();
        var probes = 0;
        var foreigners = Enum.GetValues<Prober>().Where(p => p != Prober.Administrator).ToList();
        // The administrator's writes change Đồng Tháp for real, so they come after every other probe.
        var order = foreigners.SelectMany(p => routes.Select(r => (p, r)))
            .Concat(routes.Where(r => r.Method == "GET").Select(r => (Prober.Administrator, r)))
            .Concat(routes.Where(r => r.Method != "GET").Select(r => (Prober.Administrator, r)));
        foreach (var (prober, route) in order)
        {
            var entry = (route.Page || !route.Path.StartsWith("/api", StringComparison.Ordinal) ? Matrix.Other : Matrix.Api).GetValueOrDefault(route.Key);
            if (entry is null) continue; // the other test names it
            probes++;
            var url = entry.Url?.Invoke(ids) ?? Placeholder().Replace(route.Path, "1");
            HttpClient client;
            string? token = null;
            if (route.Page || !url.StartsWith("/api", StringComparison.Ordinal))
            {
                (client, token) = pages[prober];
                if (route.Key.Contains("/Account/", StringComparison.Ordinal) && prober != Prober.Anonymous)
                {
                    // Signing out or in again must not end the session the other probes use.
                    client = await App.BrowserClientForAsync(UserOf[prober], prober == Prober.Administrator ? TestWebApp.AdminPassword : DemoPassword);
                    token = await TokenAsync(client, "/");
                }
            }
            else client = api[prober];
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), url) { Content = Body(entry, ids, token, export, route.Method) };
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (Verdict(entry, prober, response, body) is { } wrong)
                failures.Add($"{route.Key} as {prober}: {Describe(response)} — {wrong}: {Short(body)}");
        }
        Assert.True(probes > 6 * 150, $"only {probes} probes");
        Assert.True(failures.Count == 0, $"{failures.Count} of {probes} probes broke the matrix:\n" + string.Join("\n", failures));
    }

    private static string? Verdict(Entry entry, Prober prober, HttpResponseMessage response, string body)
    {
        var status = Effective(response);
        if (status >= 500) return "server error";
        if (entry.Grant == Grant.Public) return null;
        if (prober == Prober.Anonymous) return status == 401 ? null : "not refused to no one";
        if (prober == Prober.Administrator)
            return status is 401 or 403 ? "administrator refused"
                : entry.Grant == Grant.Guarded && response.RequestMessage?.Method == HttpMethod.Get && status >= 400 ? "the object is not there to probe" : null;
        // What a user of another province is answered, refused or not, never names Đồng Tháp's units.
        if (Leaks(response, body)) return "names Đồng Tháp's units to a user of another province";
        if (entry.Grant == Grant.SignedIn) return status == 401 ? "signed-in user refused as no one" : null;
        if (status is 401 or 403 or 404) return null;
        return status is >= 200 and < 300 && entry.SafeWhenOk?.Invoke(body) == true ? null : "not refused to a user without the object in scope";
    }

    private static readonly string[] DongThap = ["Đồng Tháp", "Tháp Mười", "Dong Thap", "Thap Muoi"];

    private static bool Leaks(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType is not { } type || !(type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("json", StringComparison.Ordinal)))
            return false;
        string text;
        try { text = Regex.Unescape(body); } catch (ArgumentException) { text = body; }
        text = WebUtility.HtmlDecode(text);
        return DongThap.Any(name => text.Contains(name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A page sends no one to the login page and a refused user to the denied page; the API answers 401 and 403.</summary>
    private static int Effective(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is < 300 or >= 400 || response.Headers.Location is not { } location) return status;
        var target = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
        if (target.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase)) return 401;
        if (target.StartsWith("/Account/Denied", StringComparison.OrdinalIgnoreCase)) return 403;
        return status;
    }

    private static string Describe(HttpResponseMessage r) => $"{(int)r.StatusCode}{(r.Headers.Location is { } l ? " → " + l : "")}";

    private static HttpContent? Body(Entry entry, MatrixIds ids, string? token, byte[] export, string method)
    {
        if (token is not null)
        {
            if (method == "GET") return null;
            var fields = entry.Form?.Invoke(ids) ?? [];
            if (fields.Values.Any(v => v is "seed" or "export"))
            {
                var multipart = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
                foreach (var (name, value) in fields) multipart.Add(FilePart(value, export), name, value == "export" ? "doan-vao.xlsx" : "001.txt");
                return multipart;
            }
            fields["__RequestVerificationToken"] = token;
            return new FormUrlEncodedContent(fields);
        }
        if (entry.Form?.Invoke(ids) is { } files)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in files) multipart.Add(FilePart(value, export), name, value == "export" ? "doan-vao.xlsx" : "001.txt");
            return multipart;
        }
        return entry.Json is null ? (method == "GET" || method == "DELETE" ? null : JsonContent.Create(new { })) : JsonContent.Create(entry.Json(ids));
    }

    private static ByteArrayContent FilePart(string kind, byte[] export) => new(kind == "export" ? export : File.ReadAllBytes(Seeds.Path("001")));

    private static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"no antiforgery token on {page}");
        return token;
    }

    /// <summary>The /api operations from the OpenAPI document; the pages' handlers and every other endpoint from the endpoint table.</summary>
    private async Task<List<Walked>> RoutesAsync()
    {
        using var client = App.Client();
        var openApi = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var routes = new List<Walked>();
        foreach (var (path, item) in openApi["paths"]!.AsObject())
        foreach (var (method, _) in item!.AsObject())
            routes.Add(new($"{method.ToUpperInvariant()} {path}", method.ToUpperInvariant(), path, false));
        var described = routes.Select(r => r.Key).ToHashSet();
        var loader = App.Services.GetRequiredService<PageLoader>();
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        foreach (var page in endpoints.Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()).OfType<PageActionDescriptor>()
            .GroupBy(p => p.ViewEnginePath).Select(g => g.OrderBy(p => p.AttributeRouteInfo!.Template!.Length).First()))
        {
            var compiled = await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            var path = "/" + page.AttributeRouteInfo!.Template;
            foreach (var handler in compiled.HandlerMethods)
            {
                var method = handler.HttpMethod.ToUpperInvariant();
                routes.Add(new($"{method} {path}{(handler.Name is { } name ? "?handler=" + name : "")}", method, path, true));
            }
        }
        foreach (var endpoint in endpoints.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null))
        {
            var path = endpoint.RoutePattern.RawText ?? "";
            if (!path.StartsWith('/')) path = "/" + path;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
            foreach (var method in methods)
            {
                var described_ = $"{method} {Constraint().Replace(path, "{$1}").TrimEnd('/')}";
                if (described.Contains(described_) || described.Contains(described_.Replace("{**", "{"))) continue;
                routes.Add(new($"{method} {path}", method, path, false));
            }
        }
        return routes.DistinctBy(r => r.Key).ToList();
    }

    /// <summary>Đồng Tháp's objects, with the ones the demo lacks (numbers, an arrival, evidence, a reminder) made by its focal officer.</summary>
    private async Task<MatrixIds> SeedAsync()
    {
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.HuuNghiDbContext>();
            var qng = await db.OrgUnits.Where(u => u.Code == "qng").Select(u => u.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<CreateUser>().HandleAsync(
                new CreateUser.Command("lanhdao.quangngai", DemoPassword, "Lãnh đạo Quảng Ngãi", [Roles.Leader], [qng]));
        }
        var (province, focal, district) = (await UnitIdAsync("dt"), await UnitIdAsync("dt.sngv"), await UnitIdAsync("dt.tm.ubnd"));
        using var owner = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var outgoing = await owner.PostAsJsonAsync("/api/registry/outgoing", new { unitId = focal, symbol = "SNGV-NV", reserve = true });
        Assert.True(outgoing.IsSuccessStatusCode, await outgoing.Content.ReadAsStringAsync());
        var otherDocument = await Query(db => db.Documents.Where(d => d.Reference == "1807/SNGV-NV").Select(d => d.Id).SingleAsync());
        var incoming = await owner.PostAsJsonAsync("/api/registry/incoming", new { unitId = focal, documentId = otherDocument });
        Assert.True(incoming.IsSuccessStatusCode, await incoming.Content.ReadAsStringAsync());
        // The demo's documents have no original file: Đồng Tháp's focal officer stores one of its own.
        const string reference = "95/KH-SNGV";
        var text = (await File.ReadAllTextAsync(Seeds.Path("001"))).Replace("62/KH-UBND", reference, StringComparison.Ordinal);
        var stored = await owner.PostAsync($"/api/documents?unit={focal}",
            new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "file", "95-KH-SNGV.txt" } });
        Assert.True(stored.IsSuccessStatusCode, await stored.Content.ReadAsStringAsync());
        var document = await Query(db => db.Documents.Where(d => d.Reference == reference && d.OwnerUnitId == focal && d.FileId != null).Select(d => d.Id).SingleAsync());
        var plan = await Query(db => db.Plans.Where(p => p.Reference == "313/KH-UBND").Select(p => p.Id).SingleAsync());
        var task = await Query(db => db.PlanTasks.Where(t => t.PlanId == plan && db.TaskAssignees.Any(a => a.TaskId == t.Id && a.OrgUnitId == district))
            .OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        var evidence = await Query(async db =>
        {
            var progress = new TaskProgress
            {
                TaskId = task, OrgUnitId = district, On = new DateOnly(2025, 3, 1), Text = "Đã tổ chức", RecordedAt = DateTime.UtcNow,
                Evidence = [new TaskEvidence { FileName = "bien-ban.txt", ContentType = "text/plain", Content = "biên bản"u8.ToArray() }],
            };
            db.TaskProgress.Add(progress);
            await db.SaveChangesAsync();
            return progress.Evidence[0].Id;
        });
        var request = await Query(db => db.ReportRequests.Where(r => r.ReceiverId == focal).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        var reminded = await owner.PostAsync($"/api/reporting/requests/{request}/reminders", null);
        Assert.True(reminded.IsSuccessStatusCode, await reminded.Content.ReadAsStringAsync());
        using var admin = await App.ClientForAsync("admin", TestWebApp.AdminPassword);
        var entry = await Query(db => db.Delegations.Where(d => d.OrgUnitId == district).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var values = (await admin.GetFromJsonAsync<JsonElement>($"/api/registers/delegations-in/{entry}")).GetProperty("values")
            .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        return new MatrixIds(province, focal, district, await UnitIdAsync("dt.ubnd"), await UnitIdAsync("dt.tm.ca"), await UnitIdAsync("dt.tm.hdnd"),
            await UnitIdAsync("dt.hdnd"),
            document, reference, otherDocument, plan, task, district,
            request, await Query(db => db.Submissions.Where(s => s.RequestId == request && s.OrgUnitId == district).Select(s => s.Id).SingleAsync()),
            await Query(db => db.ReportRequests.Where(r => r.Id == request).Select(r => r.RegimeId!.Value).SingleAsync()), entry, values,
            await Query(db => db.OutgoingEntries.Where(e => e.OrgUnitId == focal).Select(e => e.Id).FirstAsync()),
            await Query(db => db.IncomingEntries.Where(e => e.OrgUnitId == focal).Select(e => e.Id).FirstAsync()), evidence,
            await Query(db => db.Reminders.Where(r => r.RequestId == request).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync()),
            await HoldUploadAsync(focal))
        { Account = await Query(db => db.Users.Where(u => u.UserName == "lanhdao.dongthap").Select(u => u.Id).SingleAsync()) };
    }

    /// <summary>A file Đồng Tháp's focal officer uploaded and has not yet confirmed: its token.</summary>
    private async Task<string> HoldUploadAsync(int owner)
    {
        using var browser = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        var content = (await File.ReadAllTextAsync(Seeds.Path("001"))) + "\nBản sao để thử ma trận phân quyền.\n";
        var response = await browser.PostAsync("/Documents/Upload", new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(browser, "/Documents/Upload")), "__RequestVerificationToken" },
            { new StringContent(owner.ToString(System.Globalization.CultureInfo.InvariantCulture)), "OwnerUnitId" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), "Files", "ban-sao.txt" },
        });
        var token = Regex.Match(await response.Content.ReadAsStringAsync(), "name=\"Token\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "the upload was not held");
        return token;
    }

    private async Task<T> Query<T>(Func<Core.Data.HuuNghiDbContext, Task<T>> query)
    {
        using var scope = App.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<Core.Data.HuuNghiDbContext>());
    }

    private static string Short(string text) => text.Length > 200 ? text[..200] : text;

    [GeneratedRegex("\\{\\*{0,2}[^}]+\\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("\\{(\\*{0,2}[^}:=?]+)[^}]*\\}")]
    private static partial Regex Constraint();
}

public sealed class AuthorisationMatrixTests_Sqlite(SqliteDatabases d) : AuthorisationMatrixTests(d), IClassFixture<SqliteDatabases>;
public sealed class AuthorisationMatrixTests_Postgres(PostgresDatabases d) : AuthorisationMatrixTests(d), IClassFixture<PostgresDatabases>;
