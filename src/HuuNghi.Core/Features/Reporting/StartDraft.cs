using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// Opens a new draft version of a unit's report. Only one draft may be open; after a return the new draft starts
/// from the returned text and figures, which stay untouched in their own version. A first draft starts from the
/// registers: each of the regime's indicators that recorded something in the cut-off window is filled in.
/// </summary>
public sealed class StartDraft(HuuNghiDbContext db, Indicators.ComputeIndicators indicators)
{
    public sealed record Command(int RequestId, int OrgUnitId);

    public sealed record Started(int SubmissionId, int Number);

    public async Task<Started> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(ReportingRules.Writers);
        scope.Demand(command.OrgUnitId);
        var request = await db.LoadRequestAsync(command.RequestId, ct);
        if (request.Expected.All(e => e.OrgUnitId != command.OrgUnitId))
            throw new ValidationFailedException(nameof(command.OrgUnitId), new Localized(
                $"Đơn vị này không nằm trong danh sách phải báo cáo của yêu cầu \"{request.Title}\".",
                $"This unit is not among those expected to report on \"{request.Title}\"."));

        var header = await db.Submissions.Include(s => s.Versions).ThenInclude(v => v.Figures)
            .FirstOrDefaultAsync(s => s.RequestId == request.Id && s.OrgUnitId == command.OrgUnitId, ct);
        if (header is null)
        {
            header = new Submission { RequestId = request.Id, OrgUnitId = command.OrgUnitId };
            db.Submissions.Add(header);
        }
        else
        {
            RefuseUnlessReturned(header.Status);
        }

        var previous = header.Versions.OrderByDescending(v => v.Number).FirstOrDefault();
        var draft = new SubmissionVersion
        {
            Number = header.CurrentNumber + 1, Content = previous?.Content ?? "", DocumentReference = previous?.DocumentReference,
            CreatedAt = db.Clock.GetUtcNow().UtcDateTime, CreatedBy = db.Actor.Name,
            Narratives = [.. previous?.Narratives ?? []],
            Figures = previous is null ? await FromRegistersAsync(request, command.OrgUnitId, ct)
                : [.. previous.Figures.Select(f => new SubmissionFigure { IndicatorCode = f.IndicatorCode, Value = f.Value })],
        };
        header.Versions.Add(draft);
        header.CurrentNumber = draft.Number;
        header.Status = SubmissionStatus.Draft;
        header.SubmittedAt = null;
        if (header.Id == 0) await db.SaveChangesAsync(ct);
        else await db.SaveSeenAsync(header, header.Version, ct);
        return new Started(header.Id, draft.Number);
    }

    private async Task<List<SubmissionFigure>> FromRegistersAsync(ReportRequest request, int unitId, CancellationToken ct)
    {
        var codes = request.RegimeId is { } rid ? await db.ReportingRegimes.Where(r => r.Id == rid).Select(r => r.IndicatorCodes).SingleAsync(ct) : [];
        if (codes.Count == 0) return [];
        var computed = await indicators.HandleAsync(new(unitId, request.CutoffFrom, request.CutoffTo), UnitScope.Everything, ct);
        // Zero is left out: the registers holding nothing is "not recorded", which the officer may still fill in.
        return [.. computed.Where(i => codes.Contains(i.Code) && i.Value != 0).Select(i => new SubmissionFigure { IndicatorCode = i.Code, Value = i.Value })];
    }

    private static void RefuseUnlessReturned(SubmissionStatus status)
    {
        var message = status switch
        {
            SubmissionStatus.Draft => new Localized(
                "Đã có một bản nháp đang mở cho báo cáo này; hãy tiếp tục bản nháp đó thay vì mở bản mới.",
                "A draft of this report is already open; continue it instead of opening another."),
            SubmissionStatus.Submitted => new Localized(
                "Báo cáo đã gửi và đang chờ xem xét; chỉ mở bản mới khi báo cáo bị trả lại.",
                "The report is submitted and awaiting review; a new version can only follow a return."),
            SubmissionStatus.Accepted => new Localized(
                "Báo cáo đã được chấp nhận; không mở thêm phiên bản.", "The report has been accepted; no further version can be opened."),
            _ => null,
        };
        if (message is not null) throw new ConflictException(message);
    }
}
