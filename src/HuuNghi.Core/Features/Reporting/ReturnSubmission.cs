using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>Returns a submitted report to its unit with the reason; the unit then opens a new version.</summary>
public sealed class ReturnSubmission(HuuNghiDbContext db)
{
    public sealed record Command(int SubmissionId, int SeenVersion, string Reason);

    public Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        new Validation().Require(!string.IsNullOrWhiteSpace(command.Reason), nameof(command.Reason),
            "Nêu lý do trả lại báo cáo.", "Give the reason for returning the report.").ThrowIfInvalid();
        return ReviewSubmission.DecideAsync(db, command.SubmissionId, command.SeenVersion, ReviewDecision.Returned, command.Reason, scope, ct);
    }
}
