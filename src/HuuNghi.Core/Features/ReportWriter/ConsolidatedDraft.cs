using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>
/// The receiver's own text for its consolidated report, per template section: until it is saved, the report quotes
/// each unit's text under the unit's name, which is where a consolidating officer starts editing from.
/// </summary>
public sealed class ConsolidatedDraft : IVersioned
{
    public int RequestId { get; set; }
    public List<string> Narratives { get; set; } = [];
    public int Version { get; set; }
}

internal sealed class ConsolidatedDraftConfiguration : IEntityTypeConfiguration<ConsolidatedDraft>
{
    public void Configure(EntityTypeBuilder<ConsolidatedDraft> b)
    {
        b.HasKey(d => d.RequestId);
        b.Property(d => d.RequestId).ValueGeneratedNever();
        b.HasOne<ReportRequest>().WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Saves the receiver's text for the consolidated report of a request; a stale save is refused, not merged.</summary>
public sealed class SaveConsolidatedDraft(HuuNghiDbContext db)
{
    public sealed record Command(int RequestId, int SeenVersion, IReadOnlyList<string> Narratives);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(ReportingRoles.Writers);
        var request = await db.LoadRequestAsync(command.RequestId, ct);
        scope.Demand(request.ReceiverId);
        var template = await db.ReportingRegimes.Where(r => r.Id == request.RegimeId).Select(r => r.TemplateSections).FirstOrDefaultAsync(ct);
        var sections = template is { Count: > 0 } ? template.Count : ReportSections.DefaultTemplate.Count;
        new Validation()
            .Require(command.Narratives.Count == sections, "Narratives",
                $"Báo cáo có {sections} phần theo mẫu nhưng nhận được {command.Narratives.Count} phần nội dung; hãy tải lại trang.",
                $"The template has {sections} sections but {command.Narratives.Count} texts arrived; reload the page.")
            .Require(command.Narratives.All(n => (n ?? "").Length <= 100_000), "Narratives",
                "Mỗi phần nội dung tối đa 100.000 ký tự.", "Each section may hold at most 100,000 characters.")
            .ThrowIfInvalid();

        var stored = await db.ConsolidatedDrafts.FirstOrDefaultAsync(d => d.RequestId == request.Id, ct);
        var draft = db.Claim(stored, command.SeenVersion, () => new ConsolidatedDraft { RequestId = request.Id }, Stale);
        draft.Narratives = [.. command.Narratives.Select(n => (n ?? "").Replace("\r\n", "\n").Trim())];
        await db.SaveClaimedAsync(Stale, ct);
    }

    private static readonly Localized Stale = new(
        "Báo cáo tổng hợp vừa được người khác sửa; hãy tải lại trang. Nội dung của bạn chưa được lưu.",
        "Someone else has just edited the consolidated report; reload the page. Your text was not saved.");
}
