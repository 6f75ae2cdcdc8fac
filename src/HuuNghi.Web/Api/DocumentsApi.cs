using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HuuNghi.Web.Api;

/// <summary>/api/documents: upload (multipart <c>file</c>, several allowed), search, one document, its file.</summary>
public static class DocumentsApi
{
    public sealed record FileOutcome(string File, bool Unchanged, IReadOnlyList<ImportDocuments.Imported> Documents, string? Error);

    public static void MapDocumentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/documents").WithTags("Documents");
        group.MapPost("/", async Task<Results<Ok<IReadOnlyList<FileOutcome>>, ProblemHttpResult>> (
            [FromForm] IFormFileCollection file, [FromQuery] int? unit, ImportDocuments import, UserScopes scopes, HuuNghiSettings settings, CancellationToken ct) =>
        {
            if (file.Count == 0) return TypedResults.Problem(Ui.T("Gửi tệp trong trường 'file'.", "Send the file in the 'file' field."), statusCode: 400);
            var scope = await scopes.GetAsync(ct);
            var outcomes = new List<FileOutcome>();
            foreach (var f in file)
            {
                var name = FileNames.Clean(f.FileName);
                try
                {
                    using var buffer = new MemoryStream();
                    await f.CopyToAsync(buffer, ct);
                    var r = await import.HandleAsync(new ImportDocuments.Command(name, buffer.ToArray(), unit, settings.MaxUploadBytes), scope, ct);
                    outcomes.Add(new FileOutcome(name, r.Unchanged, r.Documents, null));
                }
                catch (ValidationFailedException e) { outcomes.Add(new FileOutcome(name, false, [], e.Localized.Current)); }
                catch (ConflictException e) when (file.Count > 1) { outcomes.Add(new FileOutcome(name, false, [], e.Localized.Current)); }
            }
            if (file.Count == 1 && outcomes[0].Error is { } only) return TypedResults.Problem(only, statusCode: 400);
            return TypedResults.Ok<IReadOnlyList<FileOutcome>>(outcomes);
        }).DisableAntiforgery().LimitFileSize(api);
        group.MapGet("/", async Task<Ok<ListDocuments.Result>> (string? q, string? kind, string? issuer, int? year, bool? placeholders, int? page,
                ListDocuments list, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(new(q, kind, issuer, year, placeholders ?? false, page ?? 1), await scopes.GetAsync(ct), ct)));
        group.MapGet("/{id:int}", async Task<Ok<ShowDocument.Details>> (int id, ShowDocument show, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await show.HandleAsync(id, await scopes.GetAsync(ct), ct)));
        group.MapGet("/by-reference", async Task<Ok<ShowDocument.Details>> (string reference, ShowDocument show, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await show.ByReferenceAsync(reference, await scopes.GetAsync(ct), ct)));
        group.MapGet("/{id:int}/file", async Task<FileContentHttpResult> (int id, GetDocumentFile files, UserScopes scopes, CancellationToken ct) =>
        {
            var f = await files.HandleAsync(id, await scopes.GetAsync(ct), ct);
            return TypedResults.File(f.Content, "application/octet-stream", f.FileName);
        });
        // The CLI's `documents edxml`: the package for an e-office system; `to` names receivers by unit id.
        group.MapGet("/{id:int}/edxml", async Task<FileStreamHttpResult> (int id, [FromQuery] int[]? to, ExportEdXml export, UserScopes scopes, CancellationToken ct) =>
        {
            var result = await export.HandleAsync(id, to ?? [], await scopes.GetAsync(ct), ct);
            var stream = new MemoryStream();
            HuuNghi.Documents.EdXml.EdXmlWriter.Write(result.Package, stream);
            stream.Position = 0;
            return TypedResults.File(stream, "application/xml", result.FileName);
        });
    }
}
