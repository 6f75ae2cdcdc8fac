using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Reporting;

internal sealed class ReportingRegimeConfiguration : IEntityTypeConfiguration<ReportingRegime>
{
    public void Configure(EntityTypeBuilder<ReportingRegime> b)
    {
        b.Property(r => r.Name).HasMaxLength(500);
        b.Property(r => r.Content).HasMaxLength(4000);
        b.Property(r => r.HowSent).HasMaxLength(300);
        b.Property(r => r.FirstPeriod).HasMaxLength(10);
        b.Property(r => r.LastPeriod).HasMaxLength(10);
        b.Property(r => r.SourceReference).HasMaxLength(120);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.ReceiverId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.ReporterAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportRequestConfiguration : IEntityTypeConfiguration<ReportRequest>
{
    public void Configure(EntityTypeBuilder<ReportRequest> b)
    {
        b.Property(r => r.Title).HasMaxLength(500);
        b.Property(r => r.PeriodKey).HasMaxLength(10);
        b.Property(r => r.RaisedBy).HasMaxLength(256);
        b.Property(r => r.SourceReference).HasMaxLength(120);
        b.HasOne<ReportingRegime>().WithMany().HasForeignKey(r => r.RegimeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.ReceiverId).OnDelete(DeleteBehavior.Restrict);
        // One request per regime and period, so raising due requests twice (start-up, daily) changes nothing.
        b.HasIndex(r => new { r.RegimeId, r.PeriodKey }).IsUnique();
        b.HasMany(r => r.Expected).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExpectedReporterConfiguration : IEntityTypeConfiguration<ExpectedReporter>
{
    public void Configure(EntityTypeBuilder<ExpectedReporter> b)
    {
        b.HasKey(e => new { e.RequestId, e.OrgUnitId });
        b.Property(e => e.NameThen).HasMaxLength(300);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.OrgUnitId);
    }
}

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> b)
    {
        // One header per unit and request: the versions hang under it, so a second header can never split history.
        b.HasIndex(s => new { s.RequestId, s.OrgUnitId }).IsUnique();
        b.HasOne<ReportRequest>().WithMany().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Versions).WithOne().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SubmissionVersionConfiguration : IEntityTypeConfiguration<SubmissionVersion>
{
    public void Configure(EntityTypeBuilder<SubmissionVersion> b)
    {
        b.HasIndex(v => new { v.SubmissionId, v.Number }).IsUnique();
        b.Property(v => v.Content).HasMaxLength(100_000);
        b.Property(v => v.DocumentReference).HasMaxLength(120);
        b.Property(v => v.CreatedBy).HasMaxLength(256);
        b.Property(v => v.SubmittedBy).HasMaxLength(256);
        b.Ignore(v => v.IsSealed);
        b.HasMany(v => v.Figures).WithOne().HasForeignKey(f => f.VersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(v => v.Reviews).WithOne().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SubmissionFigureConfiguration : IEntityTypeConfiguration<SubmissionFigure>
{
    public void Configure(EntityTypeBuilder<SubmissionFigure> b)
    {
        b.Property(f => f.IndicatorCode).HasMaxLength(80);
        b.Property(f => f.Value).HasPrecision(20, 4);
        b.HasIndex(f => new { f.VersionId, f.IndicatorCode }).IsUnique();
    }
}

internal sealed class SubmissionReviewConfiguration : IEntityTypeConfiguration<SubmissionReview>
{
    public void Configure(EntityTypeBuilder<SubmissionReview> b)
    {
        b.Property(r => r.Reason).HasMaxLength(2000);
        b.Property(r => r.By).HasMaxLength(256);
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> b)
    {
        b.Property(r => r.Message).HasMaxLength(2000);
        b.Property(r => r.EmailedTo).HasMaxLength(2000);
        b.Property(r => r.EmailError).HasMaxLength(1000);
        b.Property(r => r.SentBy).HasMaxLength(256);
        b.HasIndex(r => new { r.RequestId, r.OrgUnitId });
        b.HasOne<ReportRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
