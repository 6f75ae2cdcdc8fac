using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// What accepting and returning share: only the receiving unit's reviewers act, only on a submitted report, and
/// against the state they saw, so two officers deciding at once cannot both win. The decision is a new row;
/// the submitted version itself is never touched.
/// </summary>
internal static class ReviewSubmission
{
    public static async Task DecideAsync(HuuNghiDbContext db, int submissionId, int seenVersion, ReviewDecision decision,
        string? reason, UnitScope scope, CancellationToken ct)
    {
        scope.DemandRole(ReportingRules.Reviewers);
        var header = await db.LoadSubmissionAsync(submissionId, ct);
        var receiverId = await db.ReportRequests.Where(r => r.Id == header.RequestId).Select(r => r.ReceiverId).SingleAsync(ct);
        scope.Demand(receiverId);
        if (header.Version != seenVersion)
            throw new ConflictException(new Localized(
                "Báo cáo này vừa được người khác xử lý. Hãy tải lại trang để xem trạng thái mới; thao tác của bạn chưa được lưu.",
                "Someone else has just acted on this report. Reload to see its state; your action was not saved."));
        if (header.Status != SubmissionStatus.Submitted)
            throw new ConflictException(new Localized("Chỉ xem xét được báo cáo đã gửi và đang chờ xem xét.", "Only a submitted report awaiting review can be reviewed."));
        var version = header.Versions.Single(v => v.Number == header.CurrentNumber);
        db.SubmissionReviews.Add(new SubmissionReview
        {
            VersionId = version.Id, Decision = decision, Reason = reason?.Trim(),
            At = db.Clock.GetUtcNow().UtcDateTime, By = db.Actor.Name,
        });
        header.Status = decision == ReviewDecision.Accepted ? SubmissionStatus.Accepted : SubmissionStatus.Returned;
        if (decision == ReviewDecision.Returned) header.SubmittedAt = null;
        await db.SaveSeenAsync(header, seenVersion, ct);
    }
}

/// <summary>Accepts a submitted report (chấp nhận).</summary>
public sealed class AcceptSubmission(HuuNghiDbContext db)
{
    public sealed record Command(int SubmissionId, int SeenVersion);

    public Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default) =>
        ReviewSubmission.DecideAsync(db, command.SubmissionId, command.SeenVersion, ReviewDecision.Accepted, null, scope, ct);
}
