using HuuNghi.Core.Features.Documents;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Documents;

public sealed class IndexModel(ListDocuments list, UserScopes scopes) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public bool Placeholders { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public ListDocuments.Result Result { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await list.HandleAsync(new ListDocuments.Query(Q, Kind, null, Year, Placeholders, PageNumber), await scopes.GetAsync(ct), ct);

    public static string KindName(string kind) => kind switch
    {
        "directive" => Ui.T("Chỉ thị", "Directive"),
        "plan" => Ui.T("Kế hoạch", "Plan"),
        "action-program" => Ui.T("Chương trình hành động", "Action programme"),
        "report" => Ui.T("Báo cáo", "Report"),
        "dispatch" => Ui.T("Công văn", "Dispatch"),
        "decision" => Ui.T("Quyết định", "Decision"),
        "decree" => Ui.T("Nghị định", "Decree"),
        "conclusion" => Ui.T("Kết luận", "Conclusion"),
        "resolution" => Ui.T("Nghị quyết", "Resolution"),
        "guidance" => Ui.T("Hướng dẫn", "Guidance"),
        "notice" => Ui.T("Thông báo", "Notice"),
        "regulation" => Ui.T("Quy chế, quy định", "Regulation"),
        "scheme" => Ui.T("Đề án", "Scheme"),
        "minutes" => Ui.T("Biên bản", "Minutes"),
        "agreement" => Ui.T("Thỏa thuận", "Agreement"),
        "circular" => Ui.T("Thông tư", "Circular"),
        _ => Ui.T("Khác", "Other"),
    };

    public static readonly string[] Kinds = ["directive", "plan", "action-program", "report", "dispatch", "decision", "decree", "conclusion", "resolution", "guidance", "notice", "regulation", "scheme", "minutes", "agreement", "circular", "other"];

    /// <summary>"2022-06-11" → "11/06/2022"; partial dates as far as they go.</summary>
    public static string Date(string? iso) => iso switch
    {
        { Length: 10 } => $"{iso[8..10]}/{iso[5..7]}/{iso[..4]}",
        { Length: 7 } => $"{iso[5..7]}/{iso[..4]}",
        _ => iso ?? "",
    };
}
