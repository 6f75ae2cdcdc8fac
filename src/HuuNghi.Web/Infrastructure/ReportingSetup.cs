using HuuNghi.Core.Features.Mail;
using HuuNghi.Core.Features.Reporting;
using Microsoft.Extensions.Options;

namespace HuuNghi.Web.Infrastructure;

public static class ReportingSetup
{
    /// <summary>
    /// Binds the "Reporting" settings (reminder days) and the "Mail" server, failing at start-up on a half-configured
    /// one, then runs the daily reporting job in the background.
    /// </summary>
    public static void AddHuuNghiReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportingOptions>()
            .Bind(configuration.GetSection(ReportingOptions.Section))
            .Validate(o => o.RemindDaysBefore >= 0 && o.RemindEveryDaysAfter > 0 && o.StopRemindingDaysAfter >= 0,
                "Reporting reminder days must be positive (RemindDaysBefore, RemindEveryDaysAfter, StopRemindingDaysAfter).")
            .ValidateOnStart();
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => !o.Configured || !string.IsNullOrWhiteSpace(o.From),
                "Mail:From is required when Mail:Host is set / Cần khai báo Mail:From khi có Mail:Host.")
            .Validate(o => o.Port is > 0 and < 65536, "Mail:Port must be between 1 and 65535.")
            .ValidateOnStart();
        services.AddHostedService<ReportingSchedule>();
    }
}

/// <summary>
/// Raises the requests whose period has opened and sends the due reminders: once at start-up, then daily. Both use
/// cases are idempotent, so a restart or a second instance only repeats harmless checks.
/// </summary>
public sealed partial class ReportingSchedule(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReportingSchedule> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Logged, not rethrown: a failed round must not take the web app down; tomorrow's round retries.
                Failed(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var raised = await scope.ServiceProvider.GetRequiredService<RaiseDueRequests>().HandleAsync(ct);
        var reminded = await scope.ServiceProvider.GetRequiredService<SendDueReminders>().HandleAsync(ct);
        Ran(log, raised.Raised, raised.Skipped.Count, reminded);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reporting job: {Raised} requests raised, {Skipped} periods skipped, {Reminded} units reminded")]
    private static partial void Ran(ILogger logger, int raised, int skipped, int reminded);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reporting job failed; it runs again in a day")]
    private static partial void Failed(ILogger logger, Exception error);
}
