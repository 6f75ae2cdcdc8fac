using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Mail;
using Microsoft.Extensions.DependencyInjection;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Plans;

public abstract class SendRemindersTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    [Fact]
    public async Task Should_record_a_reminder_and_mail_it_through_a_real_smtp_server()
    {
        var port = FreePort();
        using var smtp = Process.Start(new ProcessStartInfo("python3", $"-u -W ignore -m smtpd -n -c DebuggingServer 127.0.0.1:{port}")
        { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var output = new System.Text.StringBuilder();
        smtp.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        smtp.BeginOutputReadLine();
        try
        {
            await WaitForPortAsync(port);
            await using var host = await TestHost.CreateAsync(Database, s => s.Configure<MailOptions>(o =>
            {
                o.Host = "127.0.0.1";
                o.Port = port;
                o.From = "huunghi@bdv.tayninh.gov.vn";
            }));
            var focal = await host.ScopeOfAsync(await host.CreateUserAsync("focal", Roles.FocalOfficer, "tn"));
            var officerId = await host.CreateUserAsync("phunu", Roles.UnitOfficer, "tn.hlhpn");
            await host.QueryAsync(async db => { var u = await db.Users.SingleAsync(x => x.Id == officerId); u.Email = "phunu@example.vn"; return await db.SaveChangesAsync(); });
            var hlhpn = await host.UnitIdAsync("tn.hlhpn");
            await host.RunAsync<CreatePlan, int>(c => c.HandleAsync(new CreatePlan.Command(null, "Kế hoạch nhắc việc", new DateOnly(2026, 11, 2),
                host.UnitIdAsync("tn.bdv").Result, [new TaskInput("1", "Gửi báo cáo sơ kết", [hlhpn], Timeframe: TimeframeKind.ByDate, Due: new DateOnly(2026, 11, 25))]), focal));

            var result = await host.RunAsync<SendReminders, SendReminders.Result>(s => s.HandleAsync(7, focal));
            Assert.Equal(new SendReminders.Result(1, 1), result);
            var officer = await host.ScopeOfAsync(officerId);
            var inbox = await host.RunAsync<ListReminders, IReadOnlyList<ListReminders.Row>>(l => l.HandleAsync(officer));
            Assert.Contains("Gửi báo cáo sơ kết", inbox.Single().Message);
            for (var i = 0; i < 50 && !Received(output, "phunu@example.vn"); i++) await Task.Delay(100);
            Assert.True(Received(output, "phunu@example.vn"), output.ToString());
            Assert.Equal(new SendReminders.Result(0, 0), await host.RunAsync<SendReminders, SendReminders.Result>(s => s.HandleAsync(7, focal)));
        }
        finally
        {
            smtp.Kill();
        }
    }

    private static bool Received(System.Text.StringBuilder output, string text)
    {
        lock (output) return output.ToString().Contains(text, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"The SMTP server did not start on port {port}.");
    }
}

public sealed class SendRemindersTests_Sqlite(SqliteDatabases d) : SendRemindersTests(d), IClassFixture<SqliteDatabases>;
