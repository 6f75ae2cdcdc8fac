using System.CommandLine;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Cli.Commands;

/// <summary><c>users create</c>: how an operator opens accounts before anyone can sign in to the web app.</summary>
internal static class UsersCommands
{
    public static Command Create(CliContext cli) =>
        new("users", "Người dùng / Users")
        {
            CreateUser(cli),
        };

    private static Command CreateUser(CliContext cli)
    {
        var user = new Option<string>("--user") { Description = "Tên đăng nhập / User name", Required = true, HelpName = "name" };
        var password = new Option<string>("--password") { Description = "Mật khẩu (ít nhất 8 ký tự) / Password (8 characters or more)", Required = true };
        var roles = new Option<string[]>("--role")
        {
            Description = $"Vai trò / Role: {string.Join(", ", Roles.All)}",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var units = new Option<string[]>("--unit")
        {
            Description = "Đơn vị (một hoặc nhiều): mã số, mã hoặc tên / Units (one or more): id, code or name",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "unit",
        };
        var fullName = new Option<string?>("--full-name") { Description = "Họ và tên / Full name", HelpName = "name" };
        var command = new Command("create", "Tạo người dùng với vai trò và đơn vị / Create a user with roles and units")
        {
            user, password, roles, units, fullName,
        };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var userName = run.Get(user)!;
            var unitIds = new List<int>();
            foreach (var unitText in run.Get(units)!) unitIds.Add(await run.Service<Core.Features.OrgUnits.FindOrgUnit>().HandleAsync(unitText, ct));
            // Role names are matched without regard to case so "--role focalofficer" works as typed.
            var roleNames = run.Get(roles)!.Select(r => Roles.All.FirstOrDefault(k => k.Equals(r, StringComparison.OrdinalIgnoreCase)) ?? r).ToList();
            var id = await run.Service<Core.Features.Users.CreateUser>().HandleAsync(new Core.Features.Users.CreateUser.Command(
                userName, run.Get(password)!, run.Get(fullName) ?? userName, roleNames, unitIds), ct);
            await run.PrintAsync(new { id, userName, roles = roleNames, unitIds },
                o => o.WriteLine($"Đã tạo người dùng / Created user '{userName}' (#{id})"));
        });
    }
}
