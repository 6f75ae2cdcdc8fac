using HuuNghi.Core.Data;
using HuuNghi.Core.Features.ReportWriter;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registry;

/// <summary>
/// A report going out takes its number and day from its unit's outgoing register: the number reserved for its draft
/// when there is one, the next number otherwise. The line records the report as the paper book would: "Báo cáo" and
/// its title, the signer, the recipients, and the "Lưu:" line as the unit keeping the file copy.
/// </summary>
internal static class NumberReport
{
    /// <summary>Runs inside the caller's <see cref="OutgoingRegister.InTransactionAsync{T}"/>; adds the line, unsaved.</summary>
    public static async Task<(OutgoingEntry Entry, ReportContent Numbered)> NumberAsync(HuuNghiDbContext db, int submissionId, int unitId,
        ReportContent content, DateOnly day, CancellationToken ct)
    {
        var letterhead = content.Letterhead;
        var kept = letterhead.Distribution.FirstOrDefault(d => d.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase));
        var details = new OutgoingRegister.Details("Báo cáo", content.Title, letterhead.SignerName,
            string.Join("; ", letterhead.Distribution.Where(d => d != kept).Select(d => d.Trim().TrimEnd(';', ','))),
            kept?[(kept.IndexOf(':') + 1)..].Trim().TrimEnd('.'), null, submissionId);
        var reserved = await db.OutgoingEntries.Where(e => e.SubmissionId == submissionId && e.State == OutgoingState.Reserved)
            .OrderBy(e => e.Id).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        var entry = reserved is { } id
            ? await IssueReservedNumber.IssueAsync(db, id, day, details, ct)
            : await OutgoingRegister.TakeAsync(db, unitId, OutgoingRegister.General, OutgoingRegister.CheckSymbol(letterhead.Symbol), day.Year,
                OutgoingState.Issued, day, details, ct);
        var numbered = content with { Letterhead = letterhead with { Number = entry.Number, Symbol = entry.Symbol, Date = day } };
        return (entry, numbered);
    }
}
