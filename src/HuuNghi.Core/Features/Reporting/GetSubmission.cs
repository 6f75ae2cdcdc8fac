using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>A unit's report for a request with every version it ever had, their figures and the reviews of each.</summary>
public sealed class GetSubmission(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Figure(string Code, decimal Value);
    public sealed record Review(ReviewDecision Decision, string? Reason, DateTime At, string? By);
    public sealed record VersionView(int Number, string Content, string? DocumentReference, DateTime CreatedAt, string? CreatedBy,
        DateTime? SubmittedAt, string? SubmittedBy, bool OnTime, IReadOnlyList<Figure> Figures, IReadOnlyList<Review> Reviews);
    public sealed record Details(int RequestId, string RequestTitle, DateOnly Deadline, int OrgUnitId, string UnitName, int ReceiverId,
        int? SubmissionId, SubmissionStatus? Status, int SeenVersion, IReadOnlyList<string> IndicatorCodes, IReadOnlyList<VersionView> Versions)
    {
        public VersionView? OpenDraft => Status == SubmissionStatus.Draft ? Versions.LastOrDefault(v => v.SubmittedAt is null) : null;
    }

    public async Task<Details> HandleAsync(int requestId, int orgUnitId, UnitScope scope, CancellationToken ct = default)
    {
        var request = await db.LoadRequestAsync(requestId, ct);
        if (!scope.Contains(request.ReceiverId)) scope.Demand(orgUnitId);
        var expected = request.Expected.FirstOrDefault(e => e.OrgUnitId == orgUnitId)
            ?? throw new NotFoundException(new Localized("Đơn vị này không phải báo cáo theo yêu cầu này.", "This unit is not expected to report on this request."));
        var header = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.RequestId == requestId && s.OrgUnitId == orgUnitId, ct);
        var versions = header is null ? [] : await db.SubmissionVersions.AsNoTracking().Where(v => v.SubmissionId == header.Id)
            .OrderBy(v => v.Number)
            .Select(v => new
            {
                v.Number, v.Content, v.DocumentReference, v.CreatedAt, v.CreatedBy, v.SubmittedAt, v.SubmittedBy,
                Figures = v.Figures.OrderBy(f => f.IndicatorCode).Select(f => new Figure(f.IndicatorCode, f.Value)).ToList(),
                Reviews = v.Reviews.OrderBy(r => r.At).Select(r => new Review(r.Decision, r.Reason, r.At, r.By)).ToList(),
            }).AsSplitQuery().ToListAsync(ct);
        var codes = request.RegimeId is { } rid
            ? await db.ReportingRegimes.Where(r => r.Id == rid).Select(r => r.IndicatorCodes).SingleAsync(ct) : [];
        var tree = await trees.GetAsync(db, ct);
        return new Details(request.Id, request.Title, request.Deadline, orgUnitId, expected.NameThen, request.ReceiverId,
            header?.Id, header?.Status, header?.Version ?? 0, codes,
            [.. versions.Select(v => new VersionView(v.Number, v.Content, v.DocumentReference, v.CreatedAt, v.CreatedBy, v.SubmittedAt,
                v.SubmittedBy, v.SubmittedAt is { } at && request.IsOnTime(at), v.Figures, v.Reviews))]);
    }
}
