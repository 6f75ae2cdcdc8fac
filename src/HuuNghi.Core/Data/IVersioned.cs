namespace HuuNghi.Core.Data;

/// <summary>
/// An entity edited by people who may collide. <see cref="Version"/> is a concurrency token bumped on every
/// save, so the second of two edits based on the same version is refused instead of silently winning.
/// (A plain integer works the same on SQLite and PostgreSQL, unlike provider row versions.)
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
