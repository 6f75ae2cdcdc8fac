using HuuNghi.Core.Features.ReportWriter;

namespace HuuNghi.Core.Tests.Features.ReportWriter;

/// <summary>The officers and budget registers in a report's results (seed 000's section 6 and its funding).</summary>
public abstract class StaffReportTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    [Fact]
    public async Task Should_say_Thap_Muoi_had_one_part_time_officer_and_its_2023_budget_in_words_and_figures()
    {
        var world = await ReportWorld.CreateAsync(Host);

        var text = ReportWorld.TextOf(await world.WriteAsync(world.DongThapRequest, world.ThapMuoi, ReportFormat.Docx));

        Assert.Contains("Bố trí 01 cán bộ phụ trách kiêm nhiệm công tác đối ngoại.", text);
        Assert.Contains("Kinh phí bố trí năm 2023: 70.000.000 đồng; đã thực hiện 66.500.000 đồng (95%).", text);
    }

    [Fact]
    public async Task Should_carry_the_officers_and_budget_into_the_consolidated_report()
    {
        var world = await ReportWorld.CreateAsync(Host);

        var text = ReportWorld.TextOf(await world.WriteAsync(world.DongThapRequest, null, ReportFormat.Docx));

        Assert.Contains("Bố trí 01 cán bộ phụ trách kiêm nhiệm công tác đối ngoại.", text);
        Assert.Contains("Kinh phí bố trí năm 2023: 70.000.000 đồng", text);
    }
}

public sealed class StaffReportTests_Sqlite(SqliteDatabases d) : StaffReportTests(d), IClassFixture<SqliteDatabases>;
public sealed class StaffReportTests_Postgres(PostgresDatabases d) : StaffReportTests(d), IClassFixture<PostgresDatabases>;
