using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Demo;
using HuuNghi.Core.Features.Registry;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Core.Features.Users;
using HuuNghi.Core.Tests.Features.Reporting;
using HuuNghi.Documents.Writing.Xlsx;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Registry;

public abstract class ReportNumberTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private async Task<(ReportingScenario World, int Request)> RequestFor2024Async()
    {
        var world = await ReportingScenario.CreateAsync(Host);
        Host.Clock.AdjustTime(new DateTimeOffset(2024, 1, 5, 2, 0, 0, TimeSpan.Zero));
        return (world, await world.RaiseAsync(await world.RegimeAsync(), "2024"));
    }

    private Task<ComposeReport.Composed> ComposeAsync(int request, int unit, int version) =>
        Host.RunAsync<ComposeReport, ComposeReport.Composed>(c => c.HandleAsync(request, unit, version, UnitScope.Everything));

    [Fact]
    public async Task Should_give_a_submitted_report_its_number_and_day_from_the_register_and_the_resubmission_the_next()
    {
        var (world, request) = await RequestFor2024Async();
        Host.Clock.AdjustTime(new DateTimeOffset(2024, 12, 19, 16, 59, 0, TimeSpan.Zero)); // 23:59 on 19/12 in Việt Nam
        var id = await world.SubmitAsync(request, world.BinhSon);
        var seen = (await world.SubmissionAsync(request, world.BinhSon)).SeenVersion;
        await Host.RunAsync<ReturnSubmission>(r => r.HandleAsync(new ReturnSubmission.Command(id, seen, "Thiếu số liệu"), world.Focal));
        Host.Clock.AdjustTime(new DateTimeOffset(2024, 12, 21, 2, 0, 0, TimeSpan.Zero));
        await world.SubmitAsync(request, world.BinhSon);

        var versions = (await world.SubmissionAsync(request, world.BinhSon)).Versions;
        Assert.Equal(["01/BC-UBND", "02/BC-UBND"], versions.Select(v => v.DocumentReference));
        var first = (await ComposeAsync(request, world.BinhSon, 1)).Content.Letterhead;
        Assert.Equal((1, "BC-UBND", new DateOnly(2024, 12, 19)), (first.Number, first.Symbol, first.Date));
        var lines = await Host.QueryAsync(db => db.OutgoingEntries.OrderBy(e => e.Number).ToListAsync());
        Assert.All(lines, l => Assert.Equal((id, OutgoingState.Issued, "Báo cáo"), (l.SubmissionId!.Value, l.State, l.KindName)));
        Assert.Equal([new DateOnly(2024, 12, 19), new DateOnly(2024, 12, 21)], lines.Select(l => l.IssuedOn!.Value));
        Assert.Equal((await ComposeAsync(request, world.BinhSon, 2)).Content.Title, lines[1].Title);
    }

    [Fact]
    public async Task Should_issue_the_number_reserved_for_the_draft_when_the_report_goes_out()
    {
        var (world, request) = await RequestFor2024Async();
        var draft = await Host.RunAsync<StartDraft, StartDraft.Started>(s => s.HandleAsync(new StartDraft.Command(request, world.BinhSon), world.Officer));
        var reserved = await Host.RunAsync<ReserveNumber, AllocateOutgoingNumber.Allocated>(r => r.HandleAsync(
            new AllocateOutgoingNumber.Command(world.BinhSon, "BC-UBND", null, new(SubmissionId: draft.SubmissionId)), world.Officer));
        await Host.RunAsync<AllocateOutgoingNumber, AllocateOutgoingNumber.Allocated>(a =>
            a.HandleAsync(new AllocateOutgoingNumber.Command(world.BinhSon, "KH-UBND"), world.Officer));
        await Host.RunAsync<SaveDraft>(s => s.HandleAsync(new SaveDraft.Command(draft.SubmissionId, 1, "Nội dung", "99/BC-UBND", new Dictionary<string, decimal>()), world.Officer));
        var preview = (await Host.RunAsync<ComposeReport, ComposeReport.Composed>(c => c.HandleAsync(request, world.BinhSon, null, UnitScope.Everything))).Content.Letterhead;
        var seen = (await world.SubmissionAsync(request, world.BinhSon)).SeenVersion;
        await Host.RunAsync<SubmitReport>(s => s.HandleAsync(new SubmitReport.Command(draft.SubmissionId, seen), world.Officer));

        Assert.Equal((1, (DateOnly?)null), (preview.Number, preview.Date)); // the reserved number, not the one typed in
        Assert.Equal("01/BC-UBND", (await world.SubmissionAsync(request, world.BinhSon)).Versions.Single().DocumentReference);
        var line = await Host.QueryAsync(db => db.OutgoingEntries.SingleAsync(e => e.Id == reserved.Id));
        Assert.Equal((OutgoingState.Issued, new DateOnly(2024, 1, 5)), (line.State, line.IssuedOn!.Value));
        Assert.Equal(2, await Host.QueryAsync(db => db.OutgoingEntries.CountAsync()));
    }

    [Fact]
    public async Task Should_give_the_number_back_when_the_submission_is_refused()
    {
        var (world, request) = await RequestFor2024Async();
        var draft = await Host.RunAsync<StartDraft, StartDraft.Started>(s => s.HandleAsync(new StartDraft.Command(request, world.BinhSon), world.Officer));
        await Host.RunAsync<SaveDraft>(s => s.HandleAsync(new SaveDraft.Command(draft.SubmissionId, 1, "Nội dung", null, new Dictionary<string, decimal>()), world.Officer));
        var seen = (await world.SubmissionAsync(request, world.BinhSon)).SeenVersion;

        await Assert.ThrowsAsync<ConflictException>(() =>
            Host.RunAsync<SubmitReport>(s => s.HandleAsync(new SubmitReport.Command(draft.SubmissionId, seen - 1), world.Officer)));
        Assert.False(await Host.QueryAsync(db => db.OutgoingEntries.AnyAsync()));
        await Host.RunAsync<SubmitReport>(s => s.HandleAsync(new SubmitReport.Command(draft.SubmissionId, seen), world.Officer));
        Assert.Equal("01/BC-UBND", (await world.SubmissionAsync(request, world.BinhSon)).Versions.Single().DocumentReference);
    }

    [Fact]
    public async Task Should_number_the_demo_reports_from_the_register_and_list_them_in_its_workbook()
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var thapMuoi = await Host.UnitIdAsync("dt.tm.ubnd");
        var submitted = await Host.QueryAsync(db => db.SubmissionVersions.Where(v => v.SubmittedAt != null).Select(v => v.DocumentReference).ToListAsync());
        Assert.NotEmpty(submitted);
        Assert.All(submitted, r => Assert.Matches(@"^\d{2,}/BC-", r));

        var (_, xlsx) = await Host.RunAsync<ExportOutgoingRegister, (string, byte[])>(e => e.HandleAsync(new ExportOutgoingRegister.Query(thapMuoi, 2024), UnitScope.Everything));
        var row = XlsxWorkbook.Read(xlsx).Rows.Single();
        Assert.Equal(("01/BC-UBND", new DateOnly(2024, 1, 17)), (row[0].TextValue, row[1].DateValue));
        Assert.StartsWith("Báo cáo Kết quả thực hiện Kế hoạch số 313/KH-UBND", row[2].TextValue);
        Assert.Equal("VT, NC(T)", row[5].TextValue);
    }
}

public sealed class ReportNumberTests_Sqlite(SqliteDatabases databases) : ReportNumberTests(databases), IClassFixture<SqliteDatabases>;

public sealed class ReportNumberTests_Postgres(PostgresDatabases databases) : ReportNumberTests(databases), IClassFixture<PostgresDatabases>;
