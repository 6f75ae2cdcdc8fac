using HuuNghi.Core.Common;
using HuuNghi.Core.Data;

namespace HuuNghi.Core.Features.Registers;

/// <summary>
/// The description of one register (contract names: <c>delegations-in</c>, <c>aid-projects</c>, …): its
/// fields and its rules. The generic use cases (list, record, edit, delete, import, export) work from it,
/// so each register is one small definition file next to its entity.
/// </summary>
public abstract class Register
{
    public abstract string Name { get; }
    public abstract Localized Title { get; }
    public abstract IReadOnlyList<RegisterField> Fields { get; }

    /// <summary>The register's live rows (deleted ones are filtered by the model), with what display needs loaded.</summary>
    public abstract IQueryable<RegisterRecord> Query(HuuNghiDbContext db);

    public abstract RegisterRecord Create();

    /// <summary>Rules across fields (end before start…). Field-level checks (required, minimum) are generic.</summary>
    public virtual void Check(RegisterRecord record, Validation check) { }

    /// <summary>Rules that need the database (a disbursement against its project's commitment).</summary>
    public virtual Task CheckAsync(HuuNghiDbContext db, RegisterRecord record, Validation check, CancellationToken ct) => Task.CompletedTask;

    public RegisterField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
