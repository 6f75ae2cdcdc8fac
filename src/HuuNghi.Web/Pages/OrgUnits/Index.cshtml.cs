using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.OrgUnits;

/// <summary>The tree as it stood on a chosen day, with the events (merges, dissolutions) around that day.</summary>
public sealed class IndexModel(ListOrgUnits list, SearchOrgUnits search, BrowseOrgUnits browse, UserScopes scopes, TimeProvider clock) : PageModel
{
    public static readonly DateOnly ReformDay = new(2025, 7, 1);

    [BindProperty(SupportsGet = true)] public DateOnly? AsOf { get; set; }
    public DateOnly Day { get; private set; }
    public ILookup<int?, ListOrgUnits.Row> Children { get; private set; } = Array.Empty<ListOrgUnits.Row>().ToLookup(r => r.ParentId);
    public IReadOnlyList<ListOrgUnits.Row> Roots { get; private set; } = [];
    public int Count { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Day = AsOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var rows = await list.HandleAsync(Day, await scopes.GetAsync(ct), ct);
        Count = rows.Count;
        Children = rows.ToLookup(r => r.ParentId);
        var ids = rows.Select(r => r.Id).ToHashSet();
        Roots = rows.Where(r => r.ParentId is null || !ids.Contains(r.ParentId.Value)).ToList();
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
