using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>Who may do what in reporting; pages read these to show only the actions a user may take.</summary>
public static class ReportingRoles
{
    public static readonly string[] Raisers = [Roles.Administrator, Roles.FocalOfficer];
    public static readonly string[] Writers = [Roles.Administrator, Roles.FocalOfficer, Roles.UnitOfficer];
    public static readonly string[] Reviewers = [Roles.Administrator, Roles.FocalOfficer, Roles.Leader];
}

/// <summary>The lookups and rules every reporting use case shares.</summary>
internal static class ReportingRules
{
    public static string[] Raisers => ReportingRoles.Raisers;
    public static string[] Writers => ReportingRoles.Writers;
    public static string[] Reviewers => ReportingRoles.Reviewers;

    public static async Task<ReportRequest> LoadRequestAsync(this HuuNghiDbContext db, int id, CancellationToken ct) =>
        await db.ReportRequests.Include(r => r.Expected).AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new NotFoundException(new Localized($"Không có yêu cầu báo cáo số {id}.", $"There is no report request {id}."));

    public static async Task<Submission> LoadSubmissionAsync(this HuuNghiDbContext db, int id, CancellationToken ct) =>
        await db.Submissions.Include(s => s.Versions).FirstOrDefaultAsync(s => s.Id == id, ct)
        ?? throw new NotFoundException(new Localized($"Không có báo cáo số {id}.", $"There is no submission {id}."));

    /// <summary>Saves a header the caller loaded at <paramref name="seenVersion"/>; a newer one in the database means someone acted first.</summary>
    public static async Task SaveSeenAsync(this HuuNghiDbContext db, Submission header, int seenVersion, CancellationToken ct)
    {
        db.Entry(header).Property(h => h.Version).OriginalValue = seenVersion;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(new Localized(
                "Báo cáo này vừa được người khác xử lý. Hãy tải lại trang để xem trạng thái mới; thao tác của bạn chưa được lưu.",
                "Someone else has just acted on this report. Reload to see its state; your action was not saved."));
        }
    }

    public static string Date(DateOnly d) => OrgUnitLookup.Date(d);

    /// <summary>
    /// The units a rule names on a day: the People's Committees of the areas directly under the reporter area
    /// (districts before 1/7/2025, communes after) and bodies of the listed kinds at the area's own level.
    /// </summary>
    public static List<int> Reporters(OrgTree tree, int areaId, bool subordinateCommittees, IReadOnlyCollection<OrgUnitKind> bodyKinds, int receiverId, DateOnly day)
    {
        var area = tree.Find(areaId) ?? throw new NotFoundException(new Localized($"Không có đơn vị mã {areaId}.", $"There is no unit with id {areaId}."));
        var found = new List<int>();
        foreach (var id in tree.SubtreeOn(areaId, day).Where(id => id != receiverId && id != areaId).Order())
        {
            var unit = tree.Find(id)!;
            var parent = tree.ParentOn(id, day) is { } p ? tree.Find(p) : null;
            var committeeBelow = subordinateCommittees && unit.Kind == OrgUnitKind.PeoplesCommittee
                && parent is { Kind: OrgUnitKind.AdministrativeArea } && tree.ParentOn(parent.Id, day) == areaId;
            var body = bodyKinds.Contains(unit.Kind) && unit.Level == area.Level;
            if (committeeBelow || body) found.Add(id);
        }
        return found;
    }
}
