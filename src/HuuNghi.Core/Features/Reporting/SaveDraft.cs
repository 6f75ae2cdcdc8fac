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
    /// <param name="Narratives">The officer's text per template section, in template order; null leaves the saved text as it is.</param>
    public sealed record Command(int SubmissionId, int Number, string Content, string? DocumentReference, IReadOnlyDictionary<string, decimal> Figures,
        IReadOnlyList<string>? Narratives = null);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(ReportingRules.Writers);
        // A body may leave the content or figures out, or send a 10 MB draft: refused before anything is loaded.
        var shape = new Validation().Id(command.SubmissionId, nameof(Command.SubmissionId)).Id(command.Number, nameof(Command.Number))
            .Present(command.Content, nameof(Command.Content)).MaxLength(command.Content, Validation.ContentMax, nameof(Command.Content))
            .MaxLength(command.DocumentReference, 120, nameof(Command.DocumentReference)).Present(command.Figures, nameof(Command.Figures));
        IReadOnlyDictionary<string, decimal>? figures = command.Figures;
        foreach (var code in figures?.Keys ?? []) shape.MaxLength(code, 80, nameof(Command.Figures));
        shape.ThrowIfInvalid();
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

        version.Content = (command.Content ?? "").Trim();
        version.DocumentReference = string.IsNullOrWhiteSpace(command.DocumentReference) ? null : command.DocumentReference.Trim();
        if (command.Narratives is { } narratives) version.Narratives = [.. narratives.Select(n => (n ?? "").Replace("\r\n", "\n").Trim())];
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
        var regime = await db.ReportRequests.Where(r => r.Id == requestId)
            .Join(db.ReportingRegimes, r => r.RegimeId, g => g.Id, (_, g) => new { g.IndicatorCodes, g.TemplateSections }).FirstOrDefaultAsync(ct);
        var allowed = regime?.IndicatorCodes ?? [];
        var sections = regime?.TemplateSections is { Count: > 0 } t ? t.Count : ReportWriter.ReportSections.DefaultTemplate.Count;
        var check = new Validation();
        if (command.Narratives is { } narratives)
        {
            check.Require(narratives.Count == sections, "Narratives",
                $"Báo cáo có {sections} phần theo mẫu nhưng nhận được {narratives.Count} phần nội dung; hãy tải lại trang.",
                $"The template has {sections} sections but {narratives.Count} texts arrived; reload the page.");
            check.Require(narratives.All(n => (n ?? "").Length <= 50_000), "Narratives",
                "Mỗi phần nội dung tối đa 50.000 ký tự.", "Each section may hold at most 50,000 characters.");
        }
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
