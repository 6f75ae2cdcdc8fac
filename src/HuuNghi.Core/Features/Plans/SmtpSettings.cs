using System.Net.Mail;

namespace HuuNghi.Core.Features.Plans;

/// <summary>
/// Where reminder e-mail goes out. Unset <see cref="Host"/> means "in-app only": reminders are still recorded
/// and shown, nothing is mailed. The web app binds it from the <c>Smtp</c> configuration section.
/// </summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string From { get; set; } = "huunghi@localhost";
    public bool EnableSsl { get; set; }

    public bool Configured => !string.IsNullOrWhiteSpace(Host);

    public async Task SendAsync(IEnumerable<string> to, string subject, string body, CancellationToken ct)
    {
        using var client = new SmtpClient(Host, Port) { EnableSsl = EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
        using var message = new MailMessage { From = new MailAddress(From), Subject = subject, Body = body, BodyEncoding = System.Text.Encoding.UTF8, SubjectEncoding = System.Text.Encoding.UTF8 };
        foreach (var address in to) message.To.Add(address);
        await client.SendMailAsync(message, ct);
    }
}
