using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Maintenance;

/// <summary>
/// <c>db refresh</c>: rebuilds everything the app derives from its tables, for data loaded in bulk outside the
/// app (a national load, a restore). The app keeps these itself on every save; this is the catch-up, and it
/// can be run at any time: each part is rebuilt from the tables alone, in one transaction.
/// </summary>
public sealed class RefreshDerivedData(HuuNghiDbContext db)
{
    public sealed record Part(string Name, Localized Description, int Rows);

    public async Task<IReadOnlyList<Part>> HandleAsync(CancellationToken ct = default)
    {
        // A national rebuild writes a few hundred thousand rows: more than the default 30 s command timeout allows on a slow disk.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var closure = await OrgClosure.RebuildAsync(db, ct);
        var search = await DocumentSearch.RebuildAsync(db, ct);
        // Processes holding the in-memory tree reload it when the stamp moves; rows loaded in bulk did not move it.
        var stamp = await db.OrgTreeStamps.FirstOrDefaultAsync(s => s.Id == 1, ct);
        if (stamp is null) db.OrgTreeStamps.Add(new OrgTreeStamp { Id = 1, Value = 1 });
        else stamp.Value++;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return
        [
            new("org-closure", new("Bảng bao đóng cây tổ chức (tổ tiên – hậu duệ theo thời gian)", "Org-tree closure (ancestor – descendant pairs with dates)"), closure),
            new("document-search", new("Chỉ mục tìm kiếm văn bản", "Document search index"), search),
            new("org-tree-stamp", new("Dấu phiên bản cây tổ chức (các tiến trình nạp lại cây)", "Org-tree stamp (running processes reload the tree)"), 1),
        ];
    }
}
