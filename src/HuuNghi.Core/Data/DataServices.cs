using HuuNghi.Core.Features.Mail;
using HuuNghi.Documents.Writing.Pdf;
using Microsoft.Extensions.DependencyInjection.Extensions;
using HuuNghi.Core.Features;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Core.Data;

public static class DataServices
{
    /// <summary>Registers the context for the target's provider, the org tree cache and the Core use cases.</summary>
    public static IServiceCollection AddHuuNghiCore(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddSingleton(target);
        services.AddMemoryCache();
        services.AddSingleton<OrgTreeCache>();
        services.AddScoped<AccessScope>();
        services.AddOptions<ReportingOptions>();
        services.AddOptions<MailOptions>();
        services.AddScoped<Mailer>();
        // One converter for the process; a host may register its own (a configured soffice path) before or after.
        services.TryAddSingleton(new PdfConverter());
        // No root is trusted until an administrator installs some (HUUNGHI_TRUSTED_ROOTS in the web app).
        services.TryAddSingleton(Features.Documents.TrustedRoots.None);
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource)!);
            services.AddDbContext<HuuNghiDbContext, SqliteHuuNghiDbContext>(o => o.UseSqlite(target.ConnectionString));
        }
        else
        {
            services.AddDbContext<HuuNghiDbContext, PostgresHuuNghiDbContext>(o => o.UseNpgsql(target.ConnectionString));
        }
        services.AddCoreFeatures();
        services.AddHuuNghiIdentity();
        return services;
    }

    /// <summary>Creates the database if needed and applies every pending migration, then loads reference data.</summary>
    public static async Task MigrateAsync(this HuuNghiDbContext db, CancellationToken ct = default)
    {
        if (!await IsUpToDateAsync(db, ct)) await db.Database.MigrateAsync(ct);
        await ReferenceData.EnsureLoadedAsync(db, ct);
    }

    /// <summary>
    /// Every CLI command and every start of the web app opens the database through <see cref="MigrateAsync"/>.
    /// <c>Database.MigrateAsync</c> first rebuilds the last snapshot's model and compares it with the live one,
    /// about 0.4 s of a command that queries for 50 ms, even when nothing is pending; the history table answers
    /// "is anything pending?" in one query. A new database, or one a newer migration has not reached, still
    /// goes through the full migration.
    /// </summary>
    private static async Task<bool> IsUpToDateAsync(HuuNghiDbContext db, CancellationToken ct)
    {
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct)) return false;
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToHashSet();
        return db.Database.GetMigrations().All(applied.Contains);
    }
}
