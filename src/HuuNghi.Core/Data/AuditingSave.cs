using System.Text.Json;
using HuuNghi.Core.Features.Audit;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HuuNghi.Core.Data;

// Every save writes its audit rows in the same transaction as the change, so there is never a change
// without its record, nor a record of a change that rolled back.
public abstract partial class HuuNghiDbContext
{
    private static readonly HashSet<string> SecretProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "AuthenticatorKey"];

    private static readonly HashSet<Type> OrgTreeTypes =
        [typeof(OrgUnit), typeof(OrgUnitParentLink), typeof(OrgUnitEvent), typeof(OrgUnitEventUnit), typeof(OrgUnitAlias)];

    private bool _saving;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_saving) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        ChangeTracker.DetectChanges();
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry)
            .ToList();
        if (changed.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        RefuseChangesToSealedRows(changed);

        foreach (var entry in changed.Where(e => e.State == EntityState.Modified && e.Entity is IVersioned))
            entry.Property(nameof(IVersioned.Version)).CurrentValue = ((IVersioned)entry.Entity).Version + 1;
        var treeChanged = changed.Any(e => OrgTreeTypes.Contains(e.Entity.GetType()));

        var treeChanges = TreeChanges(changed);
        var pending = changed.Select(e => (Entry: e, Action: e.State.ToString(), Before: e.State == EntityState.Added ? null : Snapshot(e, original: true))).ToList();
        _saving = true;
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // First, so the stamp's row lock orders concurrent tree edits before either rewrites the closure.
            if (treeChanged) await BumpOrgTreeStampAsync(cancellationToken);
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            // Same transaction as the change: a reader never sees a moved unit under its old closure rows.
            if (treeChanges.Count > 0) await OrgClosure.UpdateAsync(this, [.. treeChanges.SelectMany(c => c())], cancellationToken);
            var at = Clock.GetUtcNow().UtcDateTime;
            var units = await UnitsOfAsync(pending.Select(p => p.Entry), cancellationToken);
            AuditEntries.AddRange(pending.Select(p => new AuditEntry
            {
                At = at,
                UserId = Actor.UserId,
                UserName = Actor.Name,
                Action = p.Action,
                EntityType = p.Entry.Metadata.ClrType.Name,
                EntityId = KeyOf(p.Entry),
                Before = p.Before,
                After = p.Action == nameof(EntityState.Deleted) ? null : Snapshot(p.Entry, original: false),
                OrgUnitId = units.GetValueOrDefault(p.Entry),
            }));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            _saving = false;
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>
    /// The units whose ancestors a save may change: a unit whose dates changed, the child of a link (its old
    /// child too, should a link be re-pointed). Read after the save, when new rows have their ids.
    /// </summary>
    private static List<Func<IEnumerable<int>>> TreeChanges(IEnumerable<EntityEntry> changed)
    {
        var list = new List<Func<IEnumerable<int>>>();
        foreach (var entry in changed)
        {
            if (entry.Entity is OrgUnit unit) list.Add(() => [unit.Id]);
            else if (entry.Entity is OrgUnitParentLink link)
            {
                var before = entry.State == EntityState.Added ? (int?)null : (int)entry.OriginalValues[nameof(OrgUnitParentLink.ChildId)]!;
                list.Add(() => before is { } b ? [link.ChildId, b] : [link.ChildId]);
            }
        }
        return list;
    }

    private static void RefuseChangesToSealedRows(IEnumerable<EntityEntry> changed)
    {
        foreach (var entry in changed.Where(e => e.State is EntityState.Modified or EntityState.Deleted && e.Entity is ISealed))
            if (entry.OriginalValues.ToObject() is ISealed { IsSealed: true })
                throw new Common.ConflictException(new Common.Localized(
                    "Bản đã gửi không thể sửa hay xóa; hãy tạo phiên bản mới.",
                    "A submitted version cannot be changed or deleted; create a new version."));
    }

    /// <summary>
    /// Moves the org stamp by one in the database, not by reading it and writing it back: two edits saved at once
    /// used to read the same value and write the same next one, and a process that had reloaded its tree after the
    /// first never saw the second. The upsert also holds the stamp's row (PostgreSQL) or the write lock (SQLite)
    /// to the end of the transaction, so concurrent tree edits rewrite the closure one after the other, each
    /// seeing the other's rows, never both deleting the same old rows and inserting two new sets.
    /// </summary>
    private Task BumpOrgTreeStampAsync(CancellationToken ct) => Database.ExecuteSqlRawAsync(
        """INSERT INTO "OrgTreeStamps" ("Id", "Value") VALUES (1, 1) ON CONFLICT ("Id") DO UPDATE SET "Value" = "OrgTreeStamps"."Value" + 1""", ct);

    /// <summary>
    /// The unit each changed record belongs to, so the trail can be read per unit: a unit itself, the child of a
    /// parent link, a document's holder (else its issuer), a plan's issuer, a report request's or regime's receiver,
    /// any record with an <c>OrgUnitId</c>; a task through its plan (one query for the save). Read after the save,
    /// when new rows have their ids.
    /// </summary>
    private async Task<Dictionary<EntityEntry, int?>> UnitsOfAsync(IEnumerable<EntityEntry> entries, CancellationToken ct)
    {
        var units = new Dictionary<EntityEntry, int?>();
        var tasks = new List<(EntityEntry Entry, int PlanId)>();
        foreach (var entry in entries)
        {
            if (entry.Entity is PlanTask task) tasks.Add((entry, task.PlanId));
            else units[entry] = entry.Entity switch
            {
                OrgUnit u => u.Id,
                OrgUnitParentLink l => l.ChildId,
                Document d => d.OwnerUnitId ?? d.IssuerUnitId,
                Plan p => p.IssuerUnitId,
                ReportRequest r => r.ReceiverId,
                ReportingRegime r => r.ReceiverId,
                _ => entry.Metadata.FindProperty("OrgUnitId") is { } property ? entry.Property(property.Name).CurrentValue as int? : null,
            };
        }
        if (tasks.Count > 0)
        {
            var planIds = tasks.Select(t => t.PlanId).Distinct().ToList();
            var issuers = await Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).Select(p => new { p.Id, p.IssuerUnitId }).ToDictionaryAsync(p => p.Id, p => p.IssuerUnitId, ct);
            foreach (var (entry, planId) in tasks) units[entry] = issuers.GetValueOrDefault(planId);
        }
        return units;
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (SecretProperties.Contains(property.Metadata.Name)) continue;
            var value = original ? property.OriginalValue : property.CurrentValue;
            values[property.Metadata.Name] = value is Enum e ? e.ToString() : value;
        }
        return JsonSerializer.Serialize(values, AuditJson);
    }

    private static readonly JsonSerializerOptions AuditJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
