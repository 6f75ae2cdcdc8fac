using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Audit;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Home;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Registers.Agreements;
using HuuNghi.Core.Features.Registers.Aid;
using HuuNghi.Core.Features.Registers.Budget;
using HuuNghi.Core.Features.Registers.CitizensAbroad;
using HuuNghi.Core.Features.Registers.Commendations;
using HuuNghi.Core.Features.Registers.Delegations;
using HuuNghi.Core.Features.Registers.Information;
using HuuNghi.Core.Features.Registers.Officers;
using HuuNghi.Core.Features.Registers.OverseasEvents;
using HuuNghi.Core.Features.Registers.Partners;
using HuuNghi.Core.Features.Registers.Trainings;
using HuuNghi.Core.Features.Registry;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Core.Features.Users;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Data;

/// <summary>
/// The one database context. Two thin subclasses (<see cref="SqliteHuuNghiDbContext"/>,
/// <see cref="PostgresHuuNghiDbContext"/>) exist only so each provider has its own migrations; everything
/// else talks to this type. Every save is audited in the same transaction (see <c>AuditingSave</c>).
/// </summary>
public abstract partial class HuuNghiDbContext(DbContextOptions options, ICurrentActor actor, TimeProvider clock)
    : IdentityDbContext<AppUser, AppRole, int>(options)
{
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<OrgUnitParentLink> OrgUnitParentLinks => Set<OrgUnitParentLink>();
    public DbSet<OrgUnitEvent> OrgUnitEvents => Set<OrgUnitEvent>();
    public DbSet<OrgUnitEventUnit> OrgUnitEventUnits => Set<OrgUnitEventUnit>();
    public DbSet<OrgUnitAlias> OrgUnitAliases => Set<OrgUnitAlias>();
    public DbSet<OrgTreeStamp> OrgTreeStamps => Set<OrgTreeStamp>();
    public DbSet<OrgUnitClosure> OrgUnitClosures => Set<OrgUnitClosure>();
    public DbSet<UserUnit> UserUnits => Set<UserUnit>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentFile> DocumentFiles => Set<DocumentFile>();
    public DbSet<DocumentCitation> DocumentCitations => Set<DocumentCitation>();
    public DbSet<OrgUnitGroupAlias> OrgUnitGroupAliases => Set<OrgUnitGroupAlias>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();
    public DbSet<TaskAssignee> TaskAssignees => Set<TaskAssignee>();
    public DbSet<TaskAssigneeUnit> TaskAssigneeUnits => Set<TaskAssigneeUnit>();
    public DbSet<TaskProgress> TaskProgress => Set<TaskProgress>();
    public DbSet<TaskEvidence> TaskEvidence => Set<TaskEvidence>();
    public DbSet<TaskReminder> TaskReminders => Set<TaskReminder>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<AidProject> AidProjects => Set<AidProject>();
    public DbSet<AidTransaction> AidTransactions => Set<AidTransaction>();
    public DbSet<CooperationAgreement> CooperationAgreements => Set<CooperationAgreement>();
    public DbSet<OverseasEvent> OverseasEvents => Set<OverseasEvent>();
    public DbSet<InformationActivity> InformationActivities => Set<InformationActivity>();
    public DbSet<Training> Trainings => Set<Training>();
    public DbSet<CitizensAbroadCount> CitizensAbroad => Set<CitizensAbroadCount>();
    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();
    public DbSet<Commendation> Commendations => Set<Commendation>();
    public DbSet<Officer> Officers => Set<Officer>();
    public DbSet<ReportingRegime> ReportingRegimes => Set<ReportingRegime>();
    public DbSet<ReportRequest> ReportRequests => Set<ReportRequest>();
    public DbSet<ExpectedReporter> ExpectedReporters => Set<ExpectedReporter>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<SubmissionVersion> SubmissionVersions => Set<SubmissionVersion>();
    public DbSet<SubmissionFigure> SubmissionFigures => Set<SubmissionFigure>();
    public DbSet<SubmissionReview> SubmissionReviews => Set<SubmissionReview>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<ReminderRead> ReminderReads => Set<ReminderRead>();
    public DbSet<WorkListLook> WorkListLooks => Set<WorkListLook>();
    public DbSet<IssuerProfile> IssuerProfiles => Set<IssuerProfile>();
    public DbSet<ConsolidatedDraft> ConsolidatedDrafts => Set<ConsolidatedDraft>();
    public DbSet<OutgoingEntry> OutgoingEntries => Set<OutgoingEntry>();
    public DbSet<OutgoingCounter> OutgoingCounters => Set<OutgoingCounter>();
    public DbSet<IncomingEntry> IncomingEntries => Set<IncomingEntry>();
    public DbSet<IncomingCounter> IncomingCounters => Set<IncomingCounter>();

    public ICurrentActor Actor { get; } = actor;
    public TimeProvider Clock { get; } = clock;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HuuNghiDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // All instants are UTC; SQLite hands DateTime back unspecified, PostgreSQL insists on UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}

public sealed class SqliteHuuNghiDbContext(DbContextOptions<SqliteHuuNghiDbContext> options, ICurrentActor actor, TimeProvider clock)
    : HuuNghiDbContext(options, actor, clock);

public sealed class PostgresHuuNghiDbContext(DbContextOptions<PostgresHuuNghiDbContext> options, ICurrentActor actor, TimeProvider clock)
    : HuuNghiDbContext(options, actor, clock);
