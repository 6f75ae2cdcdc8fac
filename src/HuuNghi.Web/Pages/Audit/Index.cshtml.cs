using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Audit;
using HuuNghi.Core.Features.Registers;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Web.Pages.Audit;

/// <summary>
/// The audit trail in words, 50 a page: filter by unit (its subtree), person, kind of record, action, days typed
/// dd/mm/yyyy and a word of the record's name; newest or oldest first. A date that does not read is said beside its field.
/// </summary>
public sealed class IndexModel(ListAudit list, UserScopes scopes, HuuNghiDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public int? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Person { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "Action")] public string? ActionName { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Text { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public ListAudit.Result Result { get; private set; } = new([], 0, 1, PageSize);
    public string? UnitName { get; private set; }
    public Dictionary<string, Localized> Errors { get; } = [];
    public bool OldestFirst => Sort == "oldest";

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var m) ? m.Current : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var from = ReadDate(nameof(From), From);
        var to = ReadDate(nameof(To), To);
        if (from is not null && to is not null && to < from)
            Errors[nameof(To)] = new("Đến ngày phải sau hoặc bằng từ ngày.", "The end date must not be before the start date.");
        if (UnitId is { } unit)
            UnitName = await db.OrgUnits.Where(u => u.Id == unit).Select(u => u.Name).FirstOrDefaultAsync(ct);
        if (Errors.Count > 0) return;
        Result = await list.HandleAsync(new ListAudit.Query(EntityType, EntityId, UserName, from, to, PageNumber, PageSize,
            UnitId, Person, ActionName, Text, OldestFirst), await scopes.GetAsync(ct), ct);
    }

    /// <summary>This page's link with the filters kept, at another page number.</summary>
    public string PageLink(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["UnitId"] = UnitId?.ToString(), ["Person"] = Person, ["EntityType"] = EntityType, ["EntityId"] = EntityId, ["UserName"] = UserName,
            ["Action"] = ActionName, ["From"] = From, ["To"] = To, ["Text"] = Text, ["Sort"] = Sort, ["p"] = page.ToString(),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Audit", query.Where(q => !string.IsNullOrWhiteSpace(q.Value)));
    }

    private DateOnly? ReadDate(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (FieldValues.TryParseDate(text, out var day)) return day;
        Errors[field] = new($"'{text.Trim()}' không phải ngày dạng dd/mm/yyyy.", $"'{text.Trim()}' is not a date (dd/mm/yyyy).");
        return null;
    }
}
