using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HuuNghi.Core.Features.Mail;

/// <summary>
/// Sends plain-text mail through the configured SMTP server (MailKit): report reminders and task reminders share
/// it, so an office configures one server and one sender. Does nothing when no server is configured.
/// </summary>
public sealed class Mailer(IOptions<MailOptions> options)
{
    public bool Enabled => options.Value.Configured;

    public async Task SendAsync(IReadOnlyCollection<string> to, string subject, string body, CancellationToken ct)
    {
        var smtp = options.Value;
        if (!smtp.Configured || to.Count == 0) return;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From ?? $"huunghi@{smtp.Host}"));
        foreach (var address in to) message.To.Add(MailboxAddress.Parse(address));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.StartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}

/// <summary>The SMTP server (section "Mail"). Without <see cref="Host"/> reminders are in-app only.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? From { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>Use STARTTLS when the server offers it; an intranet relay often does not.</summary>
    public bool StartTls { get; set; }

    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}
