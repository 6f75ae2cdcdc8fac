using HuuNghi.Core.Features.Mail;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Core.Tests.Features.Reporting;

public abstract class ReminderMailTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    [Fact]
    public async Task Should_mail_the_reminder_through_a_real_smtp_server_and_record_the_address()
    {
        await using var smtp = await SmtpDebugServer.StartAsync();
        await using var host = await TestHost.CreateAsync(Database, s => s.Configure<MailOptions>(o =>
        {
            o.Host = "127.0.0.1";
            o.Port = smtp.Port;
            o.From = "huunghi@sngv.quangngai.gov.vn";
        }));
        var world = await ReportingScenario.CreateAsync(host);
        var frontOfficer = await host.CreateUserAsync("mttq.quangngai", Roles.UnitOfficer, "qng.mttq");
        await host.QueryAsync(db => db.Users.Where(u => u.Id == frontOfficer)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Email, "mttq@quangngai.gov.vn")));
        host.Clock.AdjustTime(new DateTimeOffset(2024, 1, 5, 2, 0, 0, TimeSpan.Zero));
        var request = await world.RaiseAsync(await world.RegimeAsync(), "2024");
        await world.SubmitAsync(request, world.BinhSon);

        Assert.Equal(1, await host.RunAsync<RemindUnits, int>(r => r.HandleAsync(request, world.Focal)));

        await smtp.WaitForAsync("mttq@quangngai.gov.vn");
        var message = smtp.LastMessage();
        Assert.Equal("mttq@quangngai.gov.vn", message.To.Mailboxes.Single().Address);
        Assert.StartsWith("[HuuNghi] Đôn đốc báo cáo", message.Subject);
        Assert.Contains("hạn gửi báo cáo", message.TextBody);
        var reminder = await host.QueryAsync(db => db.Reminders.SingleAsync());
        Assert.Equal(("mttq@quangngai.gov.vn", null), (reminder.EmailedTo, reminder.EmailError));
    }
}

public sealed class ReminderMailTests_Sqlite(SqliteDatabases databases) : ReminderMailTests(databases), IClassFixture<SqliteDatabases>;

public sealed class ReminderMailTests_Postgres(PostgresDatabases databases) : ReminderMailTests(databases), IClassFixture<PostgresDatabases>;
