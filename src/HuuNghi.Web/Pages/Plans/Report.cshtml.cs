using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Plans;

/// <summary>A unit officer reports progress on one task for their unit: text, date, done or not, evidence files.</summary>
public sealed class ReportModel(ReportProgress report, UserScopes scopes, TimeProvider clock) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public int Unit { get; set; }
    [BindProperty] public DateOnly On { get; set; }
    [BindProperty] public string Text { get; set; } = "";
    [BindProperty] public bool Done { get; set; }
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    /// <summary>The form is refused as the post is (issue 17's matrix): a unit outside the user's scope cannot be reported for.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        (await scopes.GetAsync(ct)).Demand(Unit);
        On = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var evidence = new List<ReportProgress.Evidence>();
            foreach (var f in Files)
            {
                using var buffer = new MemoryStream();
                await f.CopyToAsync(buffer, ct);
                evidence.Add(new(f.FileName, f.ContentType, buffer.ToArray()));
            }
            await report.HandleAsync(new ReportProgress.Command(Id, Unit, On, Text, Done, Files: evidence), await scopes.GetAsync(ct), ct);
            return Redirect("/Plans/Tasks");
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors) foreach (var m in messages) ModelState.AddModelError(field, m.Current);
            return Page();
        }
    }
}
