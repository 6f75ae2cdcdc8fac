using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// Who may read a document: those whose scope holds its owner (the unit that stored it), or its issuer when it has
/// no owner. The issuer a text names is not proof: a file claiming a unit's name is not shown to that unit as its
/// own (ADR 14). Placeholders carry only what other documents say publicly about a cited document (number, date,
/// issuer), so everyone sees them.
/// </summary>
internal static class DocumentAccess
{
    public static IQueryable<Document> VisibleTo(this IQueryable<Document> documents, UnitScope scope)
    {
        if (scope.All) return documents;
        var units = scope.UnitIds.ToList();
        return documents.Where(d => d.IsPlaceholder
            || (d.OwnerUnitId != null && units.Contains(d.OwnerUnitId.Value))
            || (d.OwnerUnitId == null && d.IssuerUnitId != null && units.Contains(d.IssuerUnitId.Value)));
    }

    public static bool CanRead(this UnitScope scope, Document d) =>
        scope.All || d.IsPlaceholder
        || (d.OwnerUnitId is { } o && scope.Contains(o))
        || (d.OwnerUnitId is null && d.IssuerUnitId is { } i && scope.Contains(i));
}
