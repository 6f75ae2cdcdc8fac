using HuuNghi.Core.Common;
using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Writing.Xlsx;

namespace HuuNghi.Core.Tests.Features.ReportWriter;

public abstract class ConsolidatedReportTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    [Fact]
    public async Task Should_bring_the_submitted_reports_together_with_whose_items_they_are_and_who_has_not_reported()
    {
        var world = await ReportWorld.CreateAsync(Host);

        var composed = await Host.RunAsync<ComposeConsolidatedReport, ComposeReport.Composed>(c => c.HandleAsync(world.DongThapRequest, null, UnitScope.Everything));
        var docx = await world.WriteAsync(world.DongThapRequest, null, ReportFormat.Docx);
        var text = ReportWorld.TextOf(docx);

        var part = composed.Content.Consolidation!;
        Assert.Single(part.Rows);
        Assert.Equal(20, part.Rows[0].Values["delegations-in.visits"]);
        Assert.Contains("Ủy ban nhân dân tỉnh Đồng Tháp", composed.Content.Addressees);
        Assert.Contains("Rikolto (03 lượt) (Ủy ban nhân dân huyện Tháp Mười)", text);
        Assert.Contains("chưa gửi báo cáo", text);
        Assert.Contains(part.NotReported, u => u.Contains("Mặt trận Tổ quốc", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("a) Ủy ban nhân dân huyện Tháp Mười", text); // the unit's own text under its name
        Assert.Contains("Tổng cộng", text);
        // The Sở Ngoại vụ has no signer in the demo: said, not hidden.
        Assert.Contains(composed.Warnings, w => w.Vi.StartsWith("Chưa cấu hình người ký"));
        var parsed = ReportWorld.Parse(docx);
        Assert.Equal("report", parsed.Kind);
        Assert.Equal(["Ủy ban nhân dân tỉnh Đồng Tháp"], parsed.Addressees);
    }

    [Fact]
    public async Task Should_write_the_receivers_own_text_once_saved_and_refuse_a_stale_or_foreign_save()
    {
        var world = await ReportWorld.CreateAsync(Host);
        string[] text = ["Các huyện đã quán triệt Kế hoạch.", "", "- Kinh phí còn hạn chế.", "1. Tiếp tục thực hiện."];

        await Host.RunAsync<SaveConsolidatedDraft>(s => s.HandleAsync(new SaveConsolidatedDraft.Command(world.DongThapRequest, 0, text), UnitScope.Everything));
        var composed = await Host.RunAsync<ComposeConsolidatedReport, ComposeConsolidatedReport.WithDraft>(c => c.ComposeAsync(world.DongThapRequest, null, UnitScope.Everything));

        Assert.Equal(text, composed.Composed.Content.Sections.Select(s => s.Text));
        Assert.Equal(1, composed.SeenVersion);
        await Assert.ThrowsAsync<ConflictException>(() => Host.RunAsync<SaveConsolidatedDraft>(s =>
            s.HandleAsync(new SaveConsolidatedDraft.Command(world.DongThapRequest, 0, text), UnitScope.Everything)));
        await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RunAsync<SaveConsolidatedDraft>(s =>
            s.HandleAsync(new SaveConsolidatedDraft.Command(world.DongThapRequest, 1, ["một phần"]), UnitScope.Everything)));
        var district = await Host.ScopeOfAsync(await Host.CreateUserAsync("thapmuoi.officer", Roles.UnitOfficer, "dt.tm"));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.RunAsync<SaveConsolidatedDraft>(s =>
            s.HandleAsync(new SaveConsolidatedDraft.Command(world.DongThapRequest, 1, text), district)));
    }

    [Fact]
    public async Task Should_give_the_statistics_annex_as_a_workbook_with_blanks_for_figures_not_reported()
    {
        var world = await ReportWorld.CreateAsync(Host);

        var xlsx = await world.WriteAsync(world.QuangNgaiRequest, null, ReportFormat.Xlsx);

        var byUnit = XlsxWorkbook.Read(xlsx.Content, "Theo đơn vị");
        var binhSon = byUnit.Rows.Single(r => r[1].TextValue == "Ủy ban nhân dân huyện Bình Sơn");
        Assert.Contains(binhSon.Cells, c => c.NumberValue == 115_000_000);
        var total = byUnit.Rows.Single(r => r[1].TextValue == "Tổng cộng");
        Assert.Equal(binhSon.Cells.Count(IsNumber) - 1, total.Cells.Count(IsNumber)); // every reported figure totalled, the row number aside
        var missing = XlsxWorkbook.Read(xlsx.Content, "Chưa báo cáo");
        Assert.NotEmpty(missing.Rows);
    }

    private static bool IsNumber(XlsxValue c) => c.Kind is XlsxValueKind.Integer or XlsxValueKind.Decimal or XlsxValueKind.Money;
}

public sealed class ConsolidatedReportTests_Sqlite(SqliteDatabases d) : ConsolidatedReportTests(d), IClassFixture<SqliteDatabases>;
public sealed class ConsolidatedReportTests_Postgres(PostgresDatabases d) : ConsolidatedReportTests(d), IClassFixture<PostgresDatabases>;
