using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// Checks a request's window and stores it with its expected reporters frozen from the tree of one day, with
/// their names of that day, so later merges and renames never rewrite who was asked.
/// </summary>
internal static class RequestFreezer
{
    public static void ValidateWindow(DateOnly cutoffFrom, DateOnly cutoffTo, DateOnly deadline)
    {
        new Validation()
            .Require(cutoffFrom <= cutoffTo, "CutoffFrom",
                "Ngày bắt đầu chốt số liệu phải trước ngày kết thúc.", "The data cut-off must start before it ends.")
            .Require(deadline >= cutoffTo, "Deadline",
                $"Hạn gửi báo cáo ({ReportingRules.Date(deadline)}) không được trước ngày chốt số liệu ({ReportingRules.Date(cutoffTo)}).",
                $"The deadline ({ReportingRules.Date(deadline)}) cannot fall before the data cut-off ({ReportingRules.Date(cutoffTo)}).")
            .ThrowIfInvalid();
    }

    public static async Task<int> SaveAsync(HuuNghiDbContext db, ReportRequest request, OrgTree tree, IEnumerable<int> unitIds, CancellationToken ct)
    {
        ValidateWindow(request.CutoffFrom, request.CutoffTo, request.Deadline);
        var ids = unitIds.Distinct().ToList();
        if (ids.Count == 0)
            throw new ValidationFailedException("Expected", new Localized(
                $"Không có đơn vị nào phải báo cáo theo cây tổ chức ngày {ReportingRules.Date(request.FrozenOn)}.",
                $"No unit has to report by the tree of {ReportingRules.Date(request.FrozenOn)}."));
        await LinkLetterAsync(db, request, ct);
        request.RaisedAt = db.Clock.GetUtcNow().UtcDateTime;
        request.RaisedBy = db.Actor.Name;
        request.Expected = [.. ids.Select(id => new ExpectedReporter { OrgUnitId = id, NameThen = tree.NameOn(id, request.FrozenOn) })];
        db.ReportRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return request.Id;
    }

    /// <summary>
    /// Links the asking letter both ways round: a document id fills in its reference and date; a reference alone
    /// finds the stored letter when there is one, so the request and the document store point at each other.
    /// </summary>
    private static async Task LinkLetterAsync(HuuNghiDbContext db, ReportRequest request, CancellationToken ct)
    {
        if (request.SourceDocumentId is { } id)
        {
            var letter = await db.Documents.Where(d => d.Id == id).Select(d => new { d.Reference, d.IssuedOn }).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException(new Localized($"Không có văn bản số {id}.", $"There is no document {id}."));
            request.SourceReference ??= letter.Reference;
            if (request.SourceDate is null && DateOnly.TryParseExact(letter.IssuedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var issued)) request.SourceDate = issued;
        }
        else if (ReferenceKey.Of(request.SourceReference) is { } key)
        {
            request.SourceDocumentId = await db.Documents.Where(d => d.ReferenceKey == key && !d.IsPlaceholder)
                .OrderBy(d => d.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        }
    }

    public static List<OrgUnitKind> Kinds(IEnumerable<string> names) =>
        [.. names.Select(n => Enum.TryParse<OrgUnitKind>(n, out var k) ? k : (OrgUnitKind?)null).OfType<OrgUnitKind>()];
}
