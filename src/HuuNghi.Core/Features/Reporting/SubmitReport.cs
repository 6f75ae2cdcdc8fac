using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Registry;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// Submits the open draft: stamps the submission time from the clock, takes the report's number and day from the
/// unit's outgoing register, and seals the version for good. Late
/// submissions are taken and recorded as late; the receiver decides what to do with them.
/// </summary>
public sealed class SubmitReport(HuuNghiDbContext db, ReportWriter.ComposeReport reports)
{
    public sealed record Command(int SubmissionId, int SeenVersion);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(ReportingRules.Writers);
        var header = await db.LoadSubmissionAsync(command.SubmissionId, ct);
        scope.Demand(header.OrgUnitId);
        var draft = header.Versions.FirstOrDefault(v => v.Number == header.CurrentNumber);
        if (header.Status != SubmissionStatus.Draft || draft is null || draft.IsSealed)
            throw new ConflictException(new Localized(
                "Không có bản nháp nào đang mở để gửi; phiên bản đã gửi không thể gửi lại hay sửa.",
                "There is no open draft to submit; a submitted version cannot be submitted again or edited."));
        if (string.IsNullOrWhiteSpace(draft.Content) && draft.DocumentReference is null && draft.Narratives.All(string.IsNullOrWhiteSpace))
            throw new ValidationFailedException("Content", new Localized(
                "Báo cáo chưa có nội dung hoặc số, ký hiệu văn bản; hãy nhập trước khi gửi.",
                "The report has no content or document reference yet; enter one before submitting."));

        var now = db.Clock.GetUtcNow().UtcDateTime;
        var day = DateOnly.FromDateTime(now + ReportRequest.VietnamOffset);
        // Written before the number is taken, so the register's counter stays locked only for the save itself.
        var request = await db.LoadRequestAsync(header.RequestId, ct);
        await db.Entry(draft).Collection(v => v.Figures).LoadAsync(ct);
        var snapshot = await reports.BuildAsync(request, header.OrgUnitId, new SubmissionVersion
        {
            Number = draft.Number, Narratives = draft.Narratives, DocumentReference = draft.DocumentReference, Figures = draft.Figures, SubmittedAt = now,
        }, ct);
        // Numbered, written and sealed in one transaction: a refused save gives the number back, so the register has no gap.
        await OutgoingRegister.InTransactionAsync(db, async () =>
        {
            var (entry, numbered) = await NumberReport.NumberAsync(db, header.Id, header.OrgUnitId, snapshot.Content, day, ct);
            draft.DocumentReference = entry.Reference;
            draft.ReportSnapshot = numbered.ToJson();
            draft.SubmittedAt = now;
            draft.SubmittedBy = db.Actor.Name;
            header.Status = SubmissionStatus.Submitted;
            header.SubmittedAt = now;
            await db.SaveSeenAsync(header, command.SeenVersion, ct);
            return entry.Id;
        }, retry: false, ct);
    }
}
