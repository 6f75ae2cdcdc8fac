using HuuNghi.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HuuNghi.Core.Data;

// Used only by `dotnet ef migrations add`: one migrations set per provider (see docs/decisions/0002).
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHuuNghiDbContext>
{
    public SqliteHuuNghiDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteHuuNghiDbContext>().UseSqlite("Data Source=design.db").Options,
        FixedActor.System, TimeProvider.System);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresHuuNghiDbContext>
{
    public PostgresHuuNghiDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresHuuNghiDbContext>().UseNpgsql("Host=localhost;Database=design").Options,
        FixedActor.System, TimeProvider.System);
}
