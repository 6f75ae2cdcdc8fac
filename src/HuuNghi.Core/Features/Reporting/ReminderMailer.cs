using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>Sends reminder mail through the configured SMTP server (MailKit); does nothing when none is configured.</summary>
public sealed class ReminderMailer(IOptions<ReportingOptions> options)
{
    public bool Enabled => options.Value.Smtp.Configured;

    public async Task SendAsync(IReadOnlyCollection<string> to, string subject, string body, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
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
