using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// Saves the text and indicator figures of the open draft. The figures are attached here, code → value, until
/// the indicators engine computes them; a regime that lists its indicators accepts only those codes.
/// </summary>
public sealed class SaveDraft(HuuNghiDbContext db)
{
    public sealed record Command(int SubmissionId, int Number, string Content, string? DocumentReference, IReadOnlyDictionary<string, decimal> Figures);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(ReportingRules.Writers);
        var header = await db.LoadSubmissionAsync(command.SubmissionId, ct);
        scope.Demand(header.OrgUnitId);
        var version = await db.SubmissionVersions.Include(v => v.Figures)
            .FirstOrDefaultAsync(v => v.SubmissionId == header.Id && v.Number == command.Number, ct)
            ?? throw new NotFoundException(new Localized($"Không có phiên bản {command.Number} của báo cáo này.", $"This report has no version {command.Number}."));
        if (version.IsSealed)
            throw new ConflictException(new Localized(
                $"Phiên bản {version.Number} đã gửi nên không thể sửa; nội dung đã gửi được giữ nguyên.",
                $"Version {version.Number} has been submitted and cannot be edited; what was submitted is kept as it was."));
        await ValidateAsync(header.RequestId, command, ct);

        version.Content = command.Content.Trim();
        version.DocumentReference = string.IsNullOrWhiteSpace(command.DocumentReference) ? null : command.DocumentReference.Trim();
        var wanted = command.Figures.ToDictionary(f => f.Key.Trim(), f => f.Value, StringComparer.Ordinal);
        db.SubmissionFigures.RemoveRange(version.Figures.Where(f => !wanted.ContainsKey(f.IndicatorCode)));
        foreach (var (code, value) in wanted)
        {
            var existing = version.Figures.FirstOrDefault(f => f.IndicatorCode == code);
            if (existing is null) version.Figures.Add(new SubmissionFigure { IndicatorCode = code, Value = value });
            else existing.Value = value;
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task ValidateAsync(int requestId, Command command, CancellationToken ct)
    {
        var allowed = await db.ReportRequests.Where(r => r.Id == requestId)
            .Join(db.ReportingRegimes, r => r.RegimeId, g => g.Id, (_, g) => g.IndicatorCodes).FirstOrDefaultAsync(ct) ?? [];
        var check = new Validation();
        foreach (var (code, value) in command.Figures)
        {
            check.Require(!string.IsNullOrWhiteSpace(code) && code.Trim().Length <= 80, "Figures", "Mã chỉ tiêu không hợp lệ.", "An indicator code is not valid.");
            check.Require(value >= 0, "Figures", $"Số liệu chỉ tiêu {code} không được âm.", $"The figure for {code} cannot be negative.");
            check.Require(allowed.Count == 0 || allowed.Contains(code.Trim()), "Figures",
                $"Chỉ tiêu {code} không có trong mẫu báo cáo của chế độ này.", $"The indicator {code} is not in this regime's template.");
        }
        check.ThrowIfInvalid();
    }
}
