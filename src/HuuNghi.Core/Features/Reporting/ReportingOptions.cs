namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// Reporting settings (section "Reporting"): when reminders go out. The server that mails them is
/// <see cref="Mail.MailOptions"/>.
/// </summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>Days before the deadline of the first reminder.</summary>
    public int RemindDaysBefore { get; set; } = 3;

    /// <summary>After the deadline, remind again every so many days…</summary>
    public int RemindEveryDaysAfter { get; set; } = 7;

    /// <summary>…until this many days past the deadline, when chasing becomes a phone call.</summary>
    public int StopRemindingDaysAfter { get; set; } = 60;
}
