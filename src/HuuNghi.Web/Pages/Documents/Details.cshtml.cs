using HuuNghi.Core.Features.Documents;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Documents;

/// <summary>One document: its fields, what it cites and what cites it (down to the reports), and its file.</summary>
public sealed class DetailsModel(ShowDocument show, GetDocumentFile files, CheckSignatures signatures, UserScopes scopes) : PageModel
{
    public ShowDocument.Details Doc { get; private set; } = null!;

    public IReadOnlyList<HuuNghi.Documents.Signatures.PdfSignature> Signatures { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Doc = await show.HandleAsync(id, scope, ct);
        Signatures = await signatures.HandleAsync(id, scope, ct);
    }

    public async Task<IActionResult> OnGetFileAsync(int id, CancellationToken ct)
    {
        var file = await files.HandleAsync(id, await scopes.GetAsync(ct), ct);
        return File(file.Content, "application/octet-stream", file.FileName);
    }

    public async Task<IActionResult> OnGetEdXmlAsync(int id, [FromServices] ExportEdXml export, CancellationToken ct)
    {
        var result = await export.HandleAsync(id, [], await scopes.GetAsync(ct), ct);
        var stream = new MemoryStream();
        HuuNghi.Documents.EdXml.EdXmlWriter.Write(result.Package, stream);
        stream.Position = 0;
        return File(stream, "application/xml", result.FileName);
    }
}
