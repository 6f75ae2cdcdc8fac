using HuuNghi.Core.Features.Plans;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HuuNghi.Web.Api;

/// <summary>/api/plans: the same use cases as the Plans pages and the <c>plans</c> CLI commands.</summary>
public static class PlansApi
{
    public sealed record ProgressBody(int OrgUnitId, DateOnly On, string Text, bool Done, int? Year);
    public sealed record MapBody(int PlanId, string Name, int OrgUnitId);

    public static void MapPlansApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/plans").WithTags("Plans");
        group.MapPost("/", async Task<Created<int>> (CreatePlan.Command command, CreatePlan create, UserScopes scopes, CancellationToken ct) =>
        {
            var id = await create.HandleAsync(command, await scopes.GetAsync(ct), ct);
            return TypedResults.Created($"/api/plans/id/{id}", id);
        });
        group.MapGet("/{**reference}", async Task<Ok<ShowPlan.Details>> (string reference, ShowPlan show, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await show.ByReferenceAsync(Uri.UnescapeDataString(reference), await scopes.GetAsync(ct), ct)));
        group.MapGet("/id/{id:int}", async Task<Ok<ShowPlan.Details>> (int id, ShowPlan show, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await show.HandleAsync(id, await scopes.GetAsync(ct), ct)));
        group.MapGet("/compliance", async Task<Ok<IReadOnlyList<ShowCompliance.UnitRow>>> (string reference, DateOnly? asOf, ShowCompliance compliance, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok((await compliance.ByReferenceAsync(reference, asOf, await scopes.GetAsync(ct), ct)).Units));
        group.MapGet("/id/{id:int}/compliance", async Task<Ok<ShowCompliance.Result>> (int id, DateOnly? asOf, ShowCompliance compliance, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await compliance.HandleAsync(id, asOf, await scopes.GetAsync(ct), ct)));
        group.MapGet("/id/{id:int}/table", async Task<FileContentHttpResult> (int id, string? format, ExportTaskTable export, UserScopes scopes, CancellationToken ct) =>
        {
            var f = await export.HandleAsync(id, format ?? "docx", await scopes.GetAsync(ct), ct);
            return TypedResults.File(f.Content, f.ContentType, f.FileName);
        });
        group.MapPost("/id/{id:int}/tasks", async Task<Created<int>> (int id, TaskInput task, AddTask add, UserScopes scopes, CancellationToken ct) =>
        {
            var taskId = await add.HandleAsync(id, task, await scopes.GetAsync(ct), ct);
            return TypedResults.Created($"/api/plans/id/{id}", taskId);
        });
        group.MapPut("/tasks/{taskId:int}", async Task<NoContent> (int taskId, [FromQuery] int version, TaskInput task, EditTask edit, UserScopes scopes, CancellationToken ct) =>
        {
            await edit.HandleAsync(taskId, version, task, await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        });
        group.MapPost("/tasks/{taskId:int}/progress", async Task<Created<int>> (int taskId, ProgressBody body, ReportProgress report, UserScopes scopes, CancellationToken ct) =>
        {
            var id = await report.HandleAsync(new ReportProgress.Command(taskId, body.OrgUnitId, body.On, body.Text, body.Done, body.Year), await scopes.GetAsync(ct), ct);
            return TypedResults.Created($"/api/plans/tasks/{taskId}", id);
        });
        group.MapGet("/id/{id:int}/progress", async Task<Ok<IReadOnlyList<ListProgress.Row>>> (int id, ListProgress list, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(id, await scopes.GetAsync(ct), ct)));
        group.MapGet("/evidence/{id:int}", async Task<FileContentHttpResult> (int id, ListProgress list, UserScopes scopes, CancellationToken ct) =>
        {
            var f = await list.FileAsync(id, await scopes.GetAsync(ct), ct);
            return TypedResults.File(f.Content, f.ContentType, f.FileName);
        });
        group.MapGet("/tasks", async Task<Ok<IReadOnlyList<ListTasks.Row>>> (bool? due, int? days, int? unit, ListTasks list, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(new ListTasks.Query(due ?? false, days ?? 14, unit), await scopes.GetAsync(ct), ct)));
        group.MapPost("/reminders", async Task<Ok<SendReminders.Result>> (int? days, SendReminders send, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await send.HandleAsync(days ?? 7, await scopes.GetAsync(ct), ct)));
        group.MapGet("/reminders", async Task<Ok<IReadOnlyList<ListReminders.Row>>> (ListReminders list, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(await scopes.GetAsync(ct), ct)));
        group.MapGet("/unmatched", async Task<Ok<IReadOnlyList<MapUnitName.Unmatched>>> (MapUnitName map, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await map.ListAsync(await scopes.GetAsync(ct), ct)));
        group.MapPost("/unmatched", async Task<Ok<int>> (MapBody body, MapUnitName map, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await map.HandleAsync(new MapUnitName.Command(body.PlanId, body.Name, body.OrgUnitId), await scopes.GetAsync(ct), ct)));
    }
}
