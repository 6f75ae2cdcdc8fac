namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// Reporting settings (section "Reporting"): when reminders go out, and the SMTP server that mails them.
/// Without <see cref="SmtpOptions.Host"/> reminders are in-app only.
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

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? From { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>Use STARTTLS when the server offers it; an intranet relay often does not.</summary>
    public bool StartTls { get; set; }

    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}
