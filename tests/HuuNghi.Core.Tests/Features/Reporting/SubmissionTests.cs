using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Reporting;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Reporting;

public abstract class SubmissionTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private async Task<(ReportingScenario World, int Request)> RequestFor2024Async()
    {
        var world = await ReportingScenario.CreateAsync(Host);
        Host.Clock.AdjustTime(new DateTimeOffset(2024, 1, 5, 2, 0, 0, TimeSpan.Zero));
        return (world, await world.RaiseAsync(await world.RegimeAsync(), "2024"));
    }

    [Fact]
    public async Task Should_keep_every_version_through_return_and_resubmission()
    {
        var (world, request) = await RequestFor2024Async();
        Host.Clock.AdjustTime(new DateTimeOffset(2024, 12, 19, 16, 59, 0, TimeSpan.Zero)); // 23:59 in Việt Nam, the deadline day
        var id = await world.SubmitAsync(request, world.BinhSon);
        var seen = (await world.SubmissionAsync(request, world.BinhSon)).SeenVersion;
        await Host.RunAsync<ReturnSubmission>(r => r.HandleAsync(new ReturnSubmission.Command(id, seen, "Thiếu số liệu viện trợ"), world.Focal));
        Assert.Equal(0, (await world.RatesAsync(request)).Rates.Submitted);

        Host.Clock.AdjustTime(new DateTimeOffset(2024, 12, 21, 2, 0, 0, TimeSpan.Zero));
        await world.SubmitAsync(request, world.BinhSon, new() { ["delegations-in.visits"] = 3, ["aid-projects.active"] = 1 });
        var details = await world.SubmissionAsync(request, world.BinhSon);
        await Host.RunAsync<AcceptSubmission>(a => a.HandleAsync(new AcceptSubmission.Command(id, details.SeenVersion), world.Focal));

        details = await world.SubmissionAsync(request, world.BinhSon);
        Assert.Equal(SubmissionStatus.Accepted, details.Status);
        Assert.Equal([1, 2], details.Versions.Select(v => v.Number));
        Assert.True(details.Versions[0].OnTime);
        Assert.Equal("Thiếu số liệu viện trợ", details.Versions[0].Reviews.Single().Reason);
        Assert.Single(details.Versions[0].Figures);
        Assert.Equal(2, details.Versions[1].Figures.Count);
        var rates = (await world.RatesAsync(request)).Rates;
        Assert.Equal((1, 0), (rates.Submitted, rates.OnTime));
        Assert.Contains(rates.LateUnits, u => u.OrgUnitId == world.BinhSon);
    }

    [Fact]
    public async Task Should_refuse_a_report_from_a_unit_not_expected_on_the_request()
    {
        var (world, request) = await RequestFor2024Async();
        var commune = await Host.UnitIdAsync("qng.bs.binhhoa.ubnd");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.RunAsync<StartDraft, StartDraft.Started>(s => s.HandleAsync(new StartDraft.Command(request, commune), world.Officer)));
        Assert.Contains("không nằm trong danh sách phải báo cáo", error.Localized.Vi);
        Assert.Contains("not among those expected", error.Localized.En);
        Assert.False(await Host.QueryAsync(db => db.Submissions.AnyAsync()));
    }

    [Fact]
    public async Task Should_refuse_a_second_draft_while_one_is_open()
    {
        var (world, request) = await RequestFor2024Async();
        await Host.RunAsync<StartDraft, StartDraft.Started>(s => s.HandleAsync(new StartDraft.Command(request, world.BinhSon), world.Officer));
        var error = await Assert.ThrowsAsync<ConflictException>(() =>
            Host.RunAsync<StartDraft, StartDraft.Started>(s => s.HandleAsync(new StartDraft.Command(request, world.BinhSon), world.Officer)));
        Assert.Contains("bản nháp đang mở", error.Localized.Vi);
        Assert.Equal(1, await Host.QueryAsync(db => db.SubmissionVersions.CountAsync()));
    }

    [Fact]
    public async Task Should_refuse_to_edit_a_submitted_version_in_the_use_case_and_in_the_database()
    {
        var (world, request) = await RequestFor2024Async();
        var id = await world.SubmitAsync(request, world.BinhSon);
        var error = await Assert.ThrowsAsync<ConflictException>(() => Host.RunAsync<SaveDraft>(s =>
            s.HandleAsync(new SaveDraft.Command(id, 1, "Sửa sau khi gửi", null, new Dictionary<string, decimal>()), world.Officer)));
        Assert.Contains("đã gửi nên không thể sửa", error.Localized.Vi);

        var sealedRow = await Assert.ThrowsAsync<ConflictException>(() => Host.QueryAsync(async db =>
        {
            var version = await db.SubmissionVersions.SingleAsync();
            version.Content = "ghi đè";
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("cannot be changed", sealedRow.Localized.En);
        Assert.Equal("Nội dung báo cáo", (await world.SubmissionAsync(request, world.BinhSon)).Versions.Single().Content);
    }

    [Fact]
    public async Task Should_refuse_the_second_of_two_officers_deciding_on_the_same_report()
    {
        var (world, request) = await RequestFor2024Async();
        var id = await world.SubmitAsync(request, world.BinhSon);
        var seen = (await world.SubmissionAsync(request, world.BinhSon)).SeenVersion;
        await Host.RunAsync<AcceptSubmission>(a => a.HandleAsync(new AcceptSubmission.Command(id, seen), world.Focal));
        var error = await Assert.ThrowsAsync<ConflictException>(() =>
            Host.RunAsync<ReturnSubmission>(r => r.HandleAsync(new ReturnSubmission.Command(id, seen, "Thiếu phụ lục"), world.Focal)));
        Assert.Contains("vừa được người khác xử lý", error.Localized.Vi);
        var details = await world.SubmissionAsync(request, world.BinhSon);
        Assert.Equal(SubmissionStatus.Accepted, details.Status);
        Assert.Equal(ReviewDecision.Accepted, details.Versions.Single().Reviews.Single().Decision);
    }

    [Fact]
    public async Task Should_refuse_figures_outside_the_regime_template()
    {
        var (world, request) = await RequestFor2024Async();
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => world.SubmitAsync(request, world.BinhSon, new() { ["made-up"] = 1 }));
        Assert.Contains("made-up", error.Localized.Vi);
    }

    [Fact]
    public async Task Should_sum_the_standing_reports_and_export_them_as_a_workbook()
    {
        var (world, request) = await RequestFor2024Async();
        await world.SubmitAsync(request, world.BinhSon, new() { ["delegations-in.visits"] = 3, ["aid-projects.active"] = 2 });
        var draft = await Host.RunAsync<StartDraft, StartDraft.Started>(s => s.HandleAsync(new StartDraft.Command(request, world.Front), world.Focal));
        await Host.RunAsync<SaveDraft>(s => s.HandleAsync(new SaveDraft.Command(draft.SubmissionId, 1, "Nháp", null, new Dictionary<string, decimal> { ["delegations-in.visits"] = 100 }), world.Focal));

        var c = await Host.RunAsync<GetConsolidation, GetConsolidation.Result>(g => g.HandleAsync(request, null, world.Focal));
        Assert.Equal(3, c.Totals.Single(t => t.Code == "delegations-in.visits").Value); // the Front's draft is not counted
        var xlsx = await Host.RunAsync<ExportConsolidation, byte[]>(e => e.HandleAsync(request, null, world.Focal));
        var sheet = HuuNghi.Documents.Writing.Xlsx.XlsxWorkbook.Read(xlsx);
        Assert.Contains(sheet.Rows, r => r[0].TextValue == "Ủy ban nhân dân huyện Bình Sơn" && r[1].TextValue == "Đã gửi" && r[4].NumberValue == 3);
        Assert.Contains(sheet.Rows, r => r[1].TextValue == "Đang soạn");
    }

    [Fact]
    public async Task Should_remind_only_the_units_that_have_not_submitted_and_show_the_reminders()
    {
        var (world, request) = await RequestFor2024Async();
        await world.SubmitAsync(request, world.BinhSon);
        Host.Clock.AdjustTime(new DateTimeOffset(2024, 12, 17, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await Host.RunAsync<SendDueReminders, int>(s => s.HandleAsync()));
        Assert.Equal(0, await Host.RunAsync<SendDueReminders, int>(s => s.HandleAsync()));
        Host.Clock.AdjustTime(new DateTimeOffset(2024, 12, 21, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await Host.RunAsync<SendDueReminders, int>(s => s.HandleAsync()));
        var shown = await Host.RunAsync<ListReminders, IReadOnlyList<ListReminders.Row>>(l => l.HandleAsync(request, world.Focal));
        Assert.Equal([ReminderKind.AfterDeadline, ReminderKind.BeforeDeadline], shown.Select(r => r.Kind));
        Assert.All(shown, r => Assert.Equal(world.Front, r.OrgUnitId));
        Assert.Contains("quá hạn", shown[0].Message);
    }
}

public sealed class SubmissionTests_Sqlite(SqliteDatabases databases) : SubmissionTests(databases), IClassFixture<SqliteDatabases>;

public sealed class SubmissionTests_Postgres(PostgresDatabases databases) : SubmissionTests(databases), IClassFixture<PostgresDatabases>;
