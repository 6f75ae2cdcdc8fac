using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// Raises a regime's request for one period. The window and deadline come from the regime unless a letter sets
/// its own deadline (Công văn 1807/SNGV-NV asked for the 2023 report by a date of its own).
/// </summary>
public sealed class RaiseRequest(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Command(int RegimeId, string Period, DateOnly? Deadline = null, DateOnly? FrozenOn = null,
        string? SourceReference = null, DateOnly? SourceDate = null, int? SourceDocumentId = null, string? Title = null);

    public async Task<int> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(ReportingRules.Raisers);
        var regime = await db.ReportingRegimes.FirstOrDefaultAsync(r => r.Id == command.RegimeId, ct)
            ?? throw new NotFoundException(new Localized($"Không có chế độ báo cáo số {command.RegimeId}.", $"There is no regime {command.RegimeId}."));
        scope.Demand(regime.ReceiverId);
        var period = ReportingPeriod.Parse(command.Period);
        if (await db.ReportRequests.AnyAsync(r => r.RegimeId == regime.Id && r.PeriodKey == period.Key, ct))
            throw new ConflictException(new Localized(
                $"Đã có yêu cầu báo cáo kỳ {period.Label.Vi} theo chế độ này.", $"A request for {period.Label.En} already exists under this regime."));
        return await RaiseAsync(db, await trees.GetAsync(db, ct), regime, period,
            command.FrozenOn ?? ReportRequest.Today(db.Clock), command, ct);
    }

    internal static Task<int> RaiseAsync(HuuNghiDbContext db, OrgTree tree, ReportingRegime regime, ReportingPeriod period,
        DateOnly frozenOn, Command? letter, CancellationToken ct)
    {
        var (from, to, deadline) = regime.WindowFor(period);
        var request = new ReportRequest
        {
            RegimeId = regime.Id, Kind = regime.Kind, PeriodKey = period.Key, ReceiverId = regime.ReceiverId, FrozenOn = frozenOn,
            Title = string.IsNullOrWhiteSpace(letter?.Title) ? $"{regime.Name} — {period.Label.Vi}" : letter.Title.Trim(),
            CutoffFrom = from, CutoffTo = to, Deadline = letter?.Deadline ?? deadline,
            SourceReference = letter?.SourceReference, SourceDate = letter?.SourceDate, SourceDocumentId = letter?.SourceDocumentId,
        };
        var units = ReportingRules.Reporters(tree, regime.ReporterAreaId, regime.SubordinateCommittees,
            RequestFreezer.Kinds(regime.BodyKinds), regime.ReceiverId, frozenOn);
        return RequestFreezer.SaveAsync(db, request, tree, units, ct);
    }
}
