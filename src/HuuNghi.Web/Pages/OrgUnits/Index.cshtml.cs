using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.OrgUnits;

/// <summary>The tree as it stood on a chosen day, with the events (merges, dissolutions) around that day.</summary>
public sealed class IndexModel(SearchOrgUnits search, BrowseOrgUnits browse, UserScopes scopes, TimeProvider clock) : PageModel
{
    public static readonly DateOnly ReformDay = new(2025, 7, 1);

    [BindProperty(SupportsGet = true)] public DateOnly? AsOf { get; set; }
    /// <summary>A unit to show opened: the tree renders the path down to it, and nothing else below the top level.</summary>
    [BindProperty(SupportsGet = true)] public int? Open { get; set; }
    public DateOnly Day { get; private set; }
    public TreeLevel Top { get; private set; } = new([], new Dictionary<int, IReadOnlyList<BrowseOrgUnits.Row>>(), default);
    public int Count { get; private set; }
    public string? OpenName { get; private set; }

    /// <summary>Nodes to draw, the children already loaded for the opened ones, and the day (for the lazy loads' links).</summary>
    public sealed record TreeLevel(IReadOnlyList<BrowseOrgUnits.Row> Rows, IReadOnlyDictionary<int, IReadOnlyList<BrowseOrgUnits.Row>> Opened, DateOnly Day);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Day = AsOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var scope = await scopes.GetAsync(ct);
        Count = await browse.CountAsync(Day, scope, ct);
        var roots = await browse.HandleAsync(null, Day, scope, ct);
        // The top level is opened (a province officer sees their districts); below it, only the path to the chosen unit.
        var opened = new Dictionary<int, IReadOnlyList<BrowseOrgUnits.Row>>();
        var path = Open is { } id ? await browse.PathAsync(id, Day, scope, ct) : [];
        foreach (var unit in roots.Where(r => r.ChildCount > 0).Select(r => r.Id).Concat(path.SkipLast(1)).Distinct())
            opened[unit] = await browse.HandleAsync(unit, Day, scope, ct);
        OpenName = path.Count > 0 ? (opened.Values.SelectMany(r => r).Concat(roots).FirstOrDefault(r => r.Id == Open)?.Name) : null;
        Top = new TreeLevel(roots, opened, Day);
    }

    /// <summary>The children of a node opened in the browser, drawn as the page draws them.</summary>
    public async Task<PartialViewResult> OnGetNodesAsync(int id, CancellationToken ct)
    {
        Day = AsOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var rows = await browse.HandleAsync(id, Day, await scopes.GetAsync(ct), ct);
        return Partial("_TreeNodes", new TreeLevel(rows, new Dictionary<int, IReadOnlyList<BrowseOrgUnits.Row>>(), Day));
    }

    /// <summary>The unit picker's search, here so the page cookie suffices (/api wants a bearer token).</summary>
    public async Task<JsonResult> OnGetSearchAsync(string? q, int? limit, CancellationToken ct) =>
        new(await search.HandleAsync(q, AsOf, limit, await scopes.GetAsync(ct), ct));

    /// <summary>One level of the tree for a node opened in the browser.</summary>
    public async Task<JsonResult> OnGetChildrenAsync(int id, CancellationToken ct) =>
        new(await browse.HandleAsync(id, AsOf, await scopes.GetAsync(ct), ct));

    public static string KindName(string kind) => kind switch
    {
        "AdministrativeArea" => Ui.T("địa bàn", "area"),
        "PartyCommittee" => Ui.T("cấp ủy", "Party committee"),
        "PartyCommission" => Ui.T("cơ quan tham mưu cấp ủy", "Party commission"),
        "PartyDelegation" => Ui.T("đảng đoàn, ban cán sự", "Party delegation"),
        "PeoplesCommittee" => Ui.T("UBND", "People's Committee"),
        "PeoplesCouncil" => Ui.T("HĐND", "People's Council"),
        "Department" => Ui.T("cơ quan chuyên môn", "department"),
        "FatherlandFront" => Ui.T("Mặt trận Tổ quốc", "Fatherland Front"),
        "SocioPoliticalOrganisation" => Ui.T("tổ chức chính trị - xã hội", "socio-political organisation"),
        "MassOrganisation" => Ui.T("hội quần chúng", "mass organisation"),
        "Police" => Ui.T("công an", "police"),
        "Military" => Ui.T("quân sự", "military"),
        "PublicServiceUnit" => Ui.T("đơn vị sự nghiệp", "public service unit"),
        "Village" => Ui.T("thôn, tổ dân phố", "village"),
        "CentralBody" => Ui.T("cơ quan Trung ương", "central body"),
        _ => kind,
    };

    /// <summary>A restructuring event as this unit lived it: merged into the others, or took them in.</summary>
    public static string EventName(string kind, string role) => (kind, role) switch
    {
        ("Establish", _) => Ui.T("Thành lập", "Established"),
        ("Rename", _) => Ui.T("Đổi tên", "Renamed"),
        ("Move", _) => Ui.T("Chuyển trực thuộc", "Moved"),
        ("Merge", "Source") => Ui.T("Hợp nhất vào", "Merged into"),
        ("Merge", _) => Ui.T("Tiếp nhận khi hợp nhất", "Took in by merger"),
        ("Split", "Source") => Ui.T("Chia tách thành", "Split into"),
        ("Split", _) => Ui.T("Thành lập khi chia tách từ", "Formed by splitting"),
        ("Dissolve", _) => Ui.T("Giải thể", "Dissolved"),
        _ => kind,
    };

    public static string LevelName(string level) => level switch
    {
        "Central" => Ui.T("Trung ương", "Central"),
        "Province" => Ui.T("tỉnh", "province"),
        "District" => Ui.T("huyện", "district"),
        "Commune" => Ui.T("xã", "commune"),
        "Village" => Ui.T("thôn", "village"),
        _ => level,
    };
}
