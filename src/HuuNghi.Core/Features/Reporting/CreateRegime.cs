using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>Records a reporting regime with what Decree 09/2019 asks of it; the deadline must not fall before the data cut-off.</summary>
public sealed class CreateRegime(HuuNghiDbContext db)
{
    public sealed record Command(
        string Name, string Content, ReportKind Kind, ReportingFrequency Frequency, int ReceiverId, int ReporterAreaId,
        bool SubordinateCommittees, IReadOnlyList<OrgUnitKind> BodyKinds, string FirstPeriod, string? LastPeriod,
        int? CutoffDay, int DeadlineDaysAfterCutoff, IReadOnlyList<string> TemplateSections, IReadOnlyList<string> IndicatorCodes,
        string HowSent = "", string? SourceReference = null, int? SourceDocumentId = null);

    public async Task<int> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(ReportingRules.Raisers);
        var receiver = await db.LoadAsync(command.ReceiverId, ct);
        var area = await db.LoadAsync(command.ReporterAreaId, ct);
        scope.Demand(receiver.Id);
        scope.Demand(area.Id);
        Validate(command);

        var regime = new ReportingRegime
        {
            Name = command.Name.Trim(), Content = command.Content.Trim(), Kind = command.Kind, Frequency = command.Frequency,
            ReceiverId = receiver.Id, ReporterAreaId = area.Id, SubordinateCommittees = command.SubordinateCommittees,
            BodyKinds = [.. command.BodyKinds.Distinct().Select(k => k.ToString())], HowSent = command.HowSent.Trim(),
            FirstPeriod = ReportingPeriod.Parse(command.FirstPeriod).Key,
            LastPeriod = string.IsNullOrWhiteSpace(command.LastPeriod) ? null : ReportingPeriod.Parse(command.LastPeriod).Key,
            CutoffDay = command.CutoffDay, DeadlineDaysAfterCutoff = command.DeadlineDaysAfterCutoff,
            TemplateSections = [.. command.TemplateSections.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim())],
            IndicatorCodes = [.. command.IndicatorCodes.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct()],
            SourceReference = command.SourceReference, SourceDocumentId = command.SourceDocumentId,
        };
        db.ReportingRegimes.Add(regime);
        await db.SaveChangesAsync(ct);
        return regime.Id;
    }

    private static void Validate(Command c)
    {
        var check = new Validation()
            .Require(!string.IsNullOrWhiteSpace(c.Name), nameof(c.Name), "Nhập tên chế độ báo cáo.", "Enter the regime's name.")
            .Require(c.CutoffDay is null or (>= 2 and <= 28), nameof(c.CutoffDay),
                "Ngày chốt số liệu phải từ 2 đến 28.", "The cut-off day must be between 2 and 28.")
            .Require(c.DeadlineDaysAfterCutoff >= 0, nameof(c.DeadlineDaysAfterCutoff),
                "Hạn gửi báo cáo không được trước thời điểm chốt số liệu.", "The deadline cannot fall before the data cut-off.")
            .Require(c.SubordinateCommittees || c.BodyKinds.Count > 0, nameof(c.BodyKinds),
                "Chọn đơn vị báo cáo: UBND cấp dưới hoặc ít nhất một loại cơ quan.", "Choose who reports: subordinate committees or at least one kind of body.");
        var first = ReportingPeriod.TryParse(c.FirstPeriod, out var p) ? p : (ReportingPeriod?)null;
        check.Require(first is not null, nameof(c.FirstPeriod),
            $"Kỳ báo cáo '{c.FirstPeriod}' không hợp lệ (ví dụ: 2023, 2024-H1, 2025-Q1, 2022-08).",
            $"The period '{c.FirstPeriod}' is not valid (e.g. 2023, 2024-H1, 2025-Q1, 2022-08).");
        check.Require(first is null || c.Frequency == ReportingFrequency.Once || first.Value.Kind == ReportingPeriod.KindOf(c.Frequency),
            nameof(c.FirstPeriod), "Kỳ đầu tiên không khớp với tần suất báo cáo.", "The first period does not match the frequency.");
        // Figures are the indicator engine's codes, so the report writer can compute every one from the registers.
        foreach (var code in c.IndicatorCodes.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Where(s => !Indicators.IndicatorCatalog.IsKnown(s)))
            check.Require(false, nameof(c.IndicatorCodes),
                $"Chỉ tiêu '{code}' không có trong danh mục chỉ tiêu (ví dụ: delegations-in.visits, aid-projects.active, citizens-abroad.JP).",
                $"The indicator '{code}' is not in the catalogue (e.g. delegations-in.visits, aid-projects.active, citizens-abroad.JP).");
        check.ThrowIfInvalid();
    }
}
