using HuuNghi.Core.Features.Users;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuuNghi.Web.Api;

/// <summary>
/// /api/users: the Users page for programs, administrators only (each use case demands the role, so a non-admin
/// gets 403; bad input, a stale stamp and an unknown user are ProblemDetails 400, 409 and 404 from ErrorHandling).
/// </summary>
public static class UsersApi
{
    public sealed record EditBody(string FullName, string Culture, IReadOnlyList<string> Roles, IReadOnlyList<int> UnitIds, string ConcurrencyStamp);
    public sealed record PasswordBody(string NewPassword);
    public sealed record ConfirmBody(int EndedUnitId, int SuccessorId);

    public static void MapUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users");
        group.MapGet("/", async Task<Ok<ListUsers.Result>> (string? q, int? page, ListUsers list, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(await scopes.GetAsync(ct), q, page ?? 1, ListUsers.PageSize, ct)))
            .WithSummary("Người dùng, tìm và phân trang / Users, searched and paged");
        group.MapGet("/successor-proposals", async Task<Ok<ProposeSuccessorUnits.Result>> (int? page, ProposeSuccessorUnits propose, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await propose.HandleAsync(await scopes.GetAsync(ct), page ?? 1, ct)))
            .WithSummary("Đề xuất đơn vị kế tiếp theo sắp xếp đơn vị / Successor units proposed from the org events");
        group.MapGet("/{id:int}", async Task<Ok<GetUser.Details>> (int id, GetUser get, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await get.HandleAsync(id, await scopes.GetAsync(ct), ct)));
        group.MapPut("/{id:int}", async Task<NoContent> (int id, EditBody body, EditUser edit, UserScopes scopes, CancellationToken ct) =>
        {
            await edit.HandleAsync(new EditUser.Command(id, body.FullName ?? "", body.Culture ?? "", body.Roles ?? [], body.UnitIds ?? [], body.ConcurrencyStamp ?? ""),
                await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        }).WithSummary("Sửa họ tên, ngôn ngữ, vai trò, đơn vị / Edit name, language, roles, units");
        group.MapPost("/{id:int}/successors", async Task<NoContent> (int id, ConfirmBody body, ConfirmSuccessor confirm, UserScopes scopes, CancellationToken ct) =>
        {
            await confirm.HandleAsync(new ConfirmSuccessor.Command(id, body.EndedUnitId, body.SuccessorId), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        }).WithSummary("Xác nhận đơn vị kế tiếp / Confirm a successor unit");
        group.MapPost("/{id:int}/password", async Task<NoContent> (int id, PasswordBody body, ResetPassword reset, UserScopes scopes, CancellationToken ct) =>
        {
            await reset.HandleAsync(new ResetPassword.Command(id, body.NewPassword ?? ""), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        }).WithSummary("Đặt lại mật khẩu / Reset the password");
        group.MapPost("/{id:int}/disable", async Task<NoContent> (int id, DisableUser disable, UserScopes scopes, CancellationToken ct) =>
        {
            await disable.HandleAsync(id, await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        }).WithSummary("Vô hiệu hóa tài khoản / Disable the account");
        group.MapPost("/{id:int}/enable", async Task<NoContent> (int id, EnableUser enable, UserScopes scopes, CancellationToken ct) =>
        {
            await enable.HandleAsync(id, await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        }).WithSummary("Mở lại tài khoản / Enable the account");
    }
}
