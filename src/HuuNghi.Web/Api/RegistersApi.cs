using HuuNghi.Core.Features.Registers;
using HuuNghi.Core.Features.Registers.Partners;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuuNghi.Web.Api;

/// <summary>/api/registers: the registers of the contract (list, record, edit, delete, XLSX import and export) and the partner directory.</summary>
public static class RegistersApi
{
    public sealed record RegisterInfo(string Name, string Title, IReadOnlyList<FieldInfo> Fields);
    public sealed record FieldInfo(string Name, string Label, string Kind, bool Required, IReadOnlyList<string> Choices);
    public sealed record EntryBody(int UnitId, IReadOnlyDictionary<string, string?> Values, int Version = 0);
    public sealed record Created(int Id);
    public sealed record RejectedRow(int Row, IReadOnlyList<string> Errors);
    public sealed record ImportResult(int Stored, int Changed, IReadOnlyList<RejectedRow> Rejected);

    public static void MapRegistersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/registers").WithTags("Registers");
        group.MapGet("/", () => TypedResults.Ok(RegisterCatalog.All.Select(r => new RegisterInfo(r.Name, r.Title.Current,
            r.Fields.Select(f => new FieldInfo(f.Name, f.Label.Current, f.Kind.ToString(), f.Required, f.Choices.Select(c => c.Code).ToList())).ToList()))))
            .WithSummary("Các sổ và trường của chúng / The registers and their fields");
        group.MapGet("/partners", async Task<Ok<IReadOnlyList<ListPartners.Row>>> (string? q, ListPartners list, UserScopes scopes, CancellationToken ct) =>
        {
            await scopes.GetAsync(ct);
            return TypedResults.Ok(await list.HandleAsync(q, ct));
        });
        group.MapGet("/{register}", async Task<Ok<ListEntries.Result>> (string register, int? unitId, DateOnly? from, DateOnly? to, int? page,
            ListEntries list, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(new ListEntries.Query(register, unitId, from, to, page ?? 1), await scopes.GetAsync(ct), Ui.IsEnglish, ct)));
        group.MapGet("/{register}/{id:int}", async Task<Ok<GetEntry.Entry>> (string register, int id, GetEntry get, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await get.HandleAsync(register, id, await scopes.GetAsync(ct), ct)));
        group.MapPost("/{register}", async Task<Created<Created>> (string register, EntryBody body, RecordEntry record, UserScopes scopes, CancellationToken ct) =>
        {
            var id = await record.HandleAsync(new RecordEntry.Command(register, body.UnitId, body.Values), await scopes.GetAsync(ct), ct);
            return TypedResults.Created($"/api/registers/{register}/{id}", new Created(id));
        });
        group.MapPut("/{register}/{id:int}", async Task<NoContent> (string register, int id, EntryBody body, EditEntry edit, UserScopes scopes, CancellationToken ct) =>
        {
            await edit.HandleAsync(new EditEntry.Command(register, id, body.Version, body.UnitId, body.Values), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        });
        group.MapDelete("/{register}/{id:int}", async Task<NoContent> (string register, int id, int version, DeleteEntry delete, UserScopes scopes, CancellationToken ct) =>
        {
            await delete.HandleAsync(new DeleteEntry.Command(register, id, version), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        });
        group.MapPost("/{register}/import", async Task<Ok<ImportResult>> (string register, IFormFile file, ImportRegister import, UserScopes scopes, CancellationToken ct) =>
        {
            await using var stream = file.OpenReadStream();
            var result = await import.HandleAsync(new ImportRegister.Command(register, stream), await scopes.GetAsync(ct), ct);
            return TypedResults.Ok(new ImportResult(result.Stored, result.Changed,
                result.Rejected.Select(r => new RejectedRow(r.Row, r.Errors.Select(e => e.Current).ToList())).ToList()));
        }).DisableAntiforgery().LimitFileSize(api).WithSummary("Nhập sổ từ tệp XLSX (multipart 'file') / Import a register workbook");
        group.MapGet("/{register}/export", async (string register, bool? template, ExportRegister export, UserScopes scopes, HttpContext http, CancellationToken ct) =>
        {
            var scope = await scopes.GetAsync(ct);
            RegisterCatalog.Get(register);
            http.Response.ContentType = Xlsx;
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{register}{(template == true ? "-mau" : "")}.xlsx\"";
            await export.HandleAsync(new ExportRegister.Command(register, template == true), http.Response.Body, scope, ct);
        }).WithSummary("Xuất sổ (hoặc tệp mẫu) ra XLSX / Export a register (or its template) as XLSX");
    }

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
