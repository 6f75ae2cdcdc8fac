using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>A unit's letterhead settings as saved, and the letterhead its reports get today (saved values over defaults).</summary>
public sealed class GetIssuerProfile(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Result(int OrgUnitId, string UnitName, IssuerProfile? Saved, ReportLetterhead Effective, int SeenVersion);

    public async Task<Result> HandleAsync(int unitId, UnitScope scope, CancellationToken ct = default)
    {
        scope.Demand(unitId);
        var tree = await trees.GetAsync(db, ct);
        var unit = tree.Find(unitId) ?? throw new NotFoundException(new($"Không có đơn vị mã {unitId}.", $"There is no unit {unitId}."));
        var saved = await db.IssuerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.OrgUnitId == unitId, ct);
        var day = IssuerDefaults.Today(unit, db.Clock);
        return new Result(unitId, tree.NameOn(unitId, day), saved, IssuerDefaults.For(tree, unitId, day, saved), saved?.Version ?? 0);
    }
}

/// <summary>Saves how a unit signs its reports. Blank fields go back to the defaults the org tree implies.</summary>
public sealed class SaveIssuerProfile(HuuNghiDbContext db)
{
    public sealed record Command(int OrgUnitId, int SeenVersion, string? IssuerParent, string? Issuer, string? Abbreviation, string? Place,
        IReadOnlyList<string> SignerAuthority, string? SignerPosition, string? SignerName, IReadOnlyList<string> Distribution);

    public async Task HandleAsync(Command c, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Reporting.ReportingRoles.Writers);
        scope.Demand(c.OrgUnitId);
        await db.LoadAsync(c.OrgUnitId, ct);
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        static List<string> Lines(IEnumerable<string> lines) =>
            [.. lines.Select(l => l.Trim().TrimStart('-', '–').Trim().TrimEnd(';', ',', '.').Trim()).Where(l => l.Length > 0)];
        var authority = Lines(c.SignerAuthority);
        var distribution = Lines(c.Distribution);
        new Validation()
            .Require((Clean(c.IssuerParent)?.Length ?? 0) <= 200 && (Clean(c.Issuer)?.Length ?? 0) <= 200, "Issuer",
                "Tên cơ quan tối đa 200 ký tự.", "The issuer's name may have at most 200 characters.")
            .Require(Clean(c.Abbreviation) is null || (c.Abbreviation!.Trim().Length <= 30 && !c.Abbreviation.Trim().Contains(' ')), "Abbreviation",
                "Chữ viết tắt tên cơ quan không có khoảng trắng và tối đa 30 ký tự (ví dụ: UBND, SNGV).",
                "The abbreviation has no spaces and at most 30 characters (e.g. UBND, SNGV).")
            .Require((Clean(c.Place)?.Length ?? 0) <= 100, "Place", "Địa danh tối đa 100 ký tự.", "The place may have at most 100 characters.")
            .Require(authority.Count <= 3, "SignerAuthority", "Thẩm quyền ký tối đa 3 dòng (TM., KT., TL.).", "At most three authority lines (TM., KT., TL.).")
            .Require((Clean(c.SignerPosition)?.Length ?? 0) <= 100 && (Clean(c.SignerName)?.Length ?? 0) <= 100, "SignerName",
                "Chức vụ và họ tên người ký tối đa 100 ký tự.", "The signer's position and name may have at most 100 characters.")
            .Require(distribution.Count <= 30, "Distribution", "Nơi nhận tối đa 30 dòng.", "At most 30 distribution lines.")
            .ThrowIfInvalid();

        var stored = await db.IssuerProfiles.FirstOrDefaultAsync(p => p.OrgUnitId == c.OrgUnitId, ct);
        var profile = db.Claim(stored, c.SeenVersion, () => new IssuerProfile { OrgUnitId = c.OrgUnitId }, Stale);
        profile.IssuerParent = Clean(c.IssuerParent);
        profile.Issuer = Clean(c.Issuer);
        profile.Abbreviation = Clean(c.Abbreviation);
        profile.Place = Clean(c.Place);
        profile.SignerAuthority = authority;
        profile.SignerPosition = Clean(c.SignerPosition);
        profile.SignerName = Clean(c.SignerName);
        profile.Distribution = distribution;
        await db.SaveClaimedAsync(Stale, ct);
    }

    private static readonly Localized Stale = new(
        "Người ký, nơi nhận của đơn vị vừa được người khác sửa; hãy tải lại trang. Thay đổi của bạn chưa được lưu.",
        "Someone else has just changed this unit's signer settings; reload the page. Your change was not saved.");
}
