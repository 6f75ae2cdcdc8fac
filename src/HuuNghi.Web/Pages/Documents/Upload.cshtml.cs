using System.ComponentModel.DataAnnotations;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Documents.Parsing.Model;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Web.Pages.Documents;

/// <summary>
/// Upload in two steps: the files are read and held (<see cref="PendingUploads"/>), the page shows what the parser
/// found with its warnings beside the fields, and the officer confirms or corrects each file before it is stored.
/// Each file is confirmed on its own, so one bad file never stops the others.
/// </summary>
public sealed class UploadModel(ImportDocuments import, PreviewDocuments preview, UserScopes scopes, HuuNghiDbContext db, OrgTreeCache trees,
    HuuNghiSettings settings, TimeProvider clock) : PageModel
{
    public sealed record Outcome(string FileName, bool Ok, string Message, IReadOnlyList<ImportDocuments.Imported> Documents);
    public sealed record Review(PendingUploads.Pending File, IReadOnlyList<ParsedDocument> Documents, string? Error);

    /// <summary>One document's fields as the officer leaves them; an emptied field is kept empty, not refilled.</summary>
    public sealed class FieldsInput
    {
        public string? Kind { get; set; }
        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? Reference { get; set; }
        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? IssuedOn { get; set; }
        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? Place { get; set; }
        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? Issuer { get; set; }
        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? Title { get; set; }
        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? SignerName { get; set; }
        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? SignerPosition { get; set; }
    }

    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [BindProperty] public int? OwnerUnitId { get; set; }
    [BindProperty] public string? Token { get; set; }
    [BindProperty] public List<FieldsInput> Docs { get; set; } = [];
    public IReadOnlyList<(int Id, string Name)> MyUnits { get; private set; } = [];
    public List<Outcome> Outcomes { get; } = [];
    public List<Review> Reviews { get; } = [];
    public long MaxMegabytes => settings.MaxUploadBytes / 1024 / 1024;
    public static IReadOnlyList<string> Kinds => DocumentCorrection.Kinds;

    private PendingUploads Pending => new(settings, clock);
    private string UserName => User.Identity!.Name!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Step 1: read each file and hold it for review; a file stored before is reported at once.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        if (OwnerUnitId is { } owner) scope.Demand(owner); // refused before anything is held, not at confirmation
        if (Files.Count == 0) ModelState.AddModelError(nameof(Files), Ui.T("Chọn ít nhất một tệp.", "Choose at least one file."));
        foreach (var file in Files)
        {
            var name = FileNames.Clean(file.FileName);
            try
            {
                var content = await ReadAsync(file, ct);
                var found = await preview.HandleAsync(name, content, settings.MaxUploadBytes, ct);
                if (found.AlreadyStored.Count > 0)
                    Outcomes.Add(new Outcome(name, true, Ui.T("Tệp này đã được lưu trước đây; không có gì thay đổi.", "This file was stored before; nothing changed."), found.AlreadyStored));
                else
                    await Pending.HoldAsync(UserName, name, content, OwnerUnitId, ct);
            }
            catch (DomainException e)
            {
                Outcomes.Add(new Outcome(name, false, e.Localized.Current, []));
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Step 2: store one held file with the officer's fields; a refused field goes back beside its input.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var held = Token is null ? null : await Pending.FindAsync(UserName, Token, ct);
        if (held is not { } h) return await GoneAsync(ct);
        var scope = await scopes.GetAsync(ct);
        var corrections = Docs.Select((d, i) => new DocumentCorrection(i, d.Kind, d.Reference, d.IssuedOn, d.Place, d.Issuer, d.Title, d.SignerName, d.SignerPosition)).ToList();
        try
        {
            var result = await import.HandleAsync(new ImportDocuments.Command(h.Meta.FileName, h.Content, h.Meta.OwnerUnitId, settings.MaxUploadBytes, corrections), scope, ct);
            Pending.Release(UserName, h.Meta.Token);
            Outcomes.Add(new Outcome(h.Meta.FileName, true, result.Unchanged
                ? Ui.T("Tệp này đã được lưu trước đây; không có gì thay đổi.", "This file was stored before; nothing changed.")
                : Ui.T($"Đã lưu {result.Documents.Count} văn bản.", $"Stored {result.Documents.Count} document(s)."), result.Documents));
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
                foreach (var m in messages) ModelState.AddModelError($"{Token}.{field}", m.Current);
            Outcomes.Add(new Outcome(h.Meta.FileName, false, e.Localized.Current, []));
        }
        catch (DomainException e)
        {
            Outcomes.Add(new Outcome(h.Meta.FileName, false, e.Localized.Current, []));
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken ct)
    {
        if (Token is not null) Pending.Release(UserName, Token);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The fields to show for one document: what the officer typed on a refused post, else the parse.</summary>
    public FieldsInput FieldsFor(Review review, int index)
    {
        if (review.File.Token == Token && index < Docs.Count) return Docs[index];
        var d = review.Documents[index];
        return new FieldsInput
        {
            Kind = d.Kind, Reference = d.Reference, IssuedOn = d.IssuedOn, Place = d.Place, Issuer = d.Issuer, Title = d.Title,
            SignerName = d.Signer?.Name, SignerPosition = d.Signer?.Position,
        };
    }

    public string? ErrorFor(Review review, string field) =>
        ModelState.TryGetValue($"{review.File.Token}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>A warning's own language half ("vi / en").</summary>
    public static string WarningText(ParseWarning w)
    {
        var parts = w.Message.Split(" / ", 2);
        return parts.Length == 2 ? Ui.T(parts[0], parts[1]) : w.Message;
    }

    private async Task<IActionResult> GoneAsync(CancellationToken ct)
    {
        Outcomes.Add(new Outcome(Ui.T("(tệp chờ xác nhận)", "(file awaiting confirmation)"), false,
            Ui.T("Tệp này không còn chờ xác nhận (đã lưu, đã bỏ hoặc quá hai ngày). Hãy tải lên lại.", "This file is no longer awaiting confirmation (stored, discarded or older than two days). Upload it again."), []));
        await LoadAsync(ct);
        return Page();
    }

    private async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > settings.MaxUploadBytes)
            throw new ValidationFailedException("file", new Localized($"Tệp lớn hơn {MaxMegabytes} MB.", $"The file is larger than {MaxMegabytes} MB."));
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var tree = await trees.GetAsync(db, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var ids = await db.UserUnits.Where(u => db.Users.Any(x => x.Id == u.UserId && x.UserName == UserName)).Select(u => u.OrgUnitId).ToListAsync(ct);
        MyUnits = ids.Select(id => (id, tree.NameOn(id, today))).ToList();
        foreach (var held in Pending.List(UserName))
        {
            if (await Pending.FindAsync(UserName, held.Token, ct) is not { } h) continue;
            try { Reviews.Add(new Review(held, preview.Parse(h.Meta.FileName, h.Content, settings.MaxUploadBytes), null)); }
            catch (DomainException e) { Reviews.Add(new Review(held, [], e.Localized.Current)); }
        }
    }
}
