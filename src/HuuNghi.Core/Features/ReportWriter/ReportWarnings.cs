using HuuNghi.Core.Common;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>What the officer should know before sending a report: said in words, never a silent default.</summary>
internal static class ReportWarnings
{
    public static IReadOnlyList<Localized> Of(ReportContent report)
    {
        var warnings = new List<Localized>();
        var h = report.Letterhead;
        var issuer = report.Consolidation is null ? report.UnitName : h.Issuer;
        if (string.IsNullOrWhiteSpace(h.SignerName))
            warnings.Add(new(
                $"Chưa cấu hình người ký cho {issuer}: khối chữ ký để trống họ tên. Hãy nhập người ký ở trang đơn vị (mục \"Người ký, nơi nhận\").",
                $"No signer is set for {issuer}: the signature block leaves the name blank. Set the signer on the unit's page (\"Signer and distribution\")."));
        if (string.IsNullOrWhiteSpace(h.SignerPosition))
            warnings.Add(new($"Chưa có chức vụ người ký của {issuer}.", $"The signer's position for {issuer} is not set."));
        if (report.Consolidation is null)
            foreach (var section in report.Sections.Where(s => s.Role == SectionRole.Narrative && string.IsNullOrWhiteSpace(s.Text)))
                warnings.Add(new($"Phần \"{section.Heading}\" chưa có nội dung.", $"The section \"{section.Heading}\" has no text yet."));
        return warnings;
    }
}
