using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Registry;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Writing.Xlsx;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Registry;

public abstract class OutgoingRegisterTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private Task<AllocateOutgoingNumber.Allocated> AllocateAsync(int unit, string symbol = "BC-UBND", UnitScope? scope = null, string? register = null,
        OutgoingRegister.Details? details = null, TestHost? host = null) =>
        (host ?? Host).RunAsync<AllocateOutgoingNumber, AllocateOutgoingNumber.Allocated>(a =>
            a.HandleAsync(new AllocateOutgoingNumber.Command(unit, symbol, register, details), scope ?? UnitScope.Everything));

    private Task<ListOutgoingRegister.Result> ListAsync(int unit, int? year = null, UnitScope? scope = null) =>
        Host.RunAsync<ListOutgoingRegister, ListOutgoingRegister.Result>(l => l.HandleAsync(new ListOutgoingRegister.Query(unit, year), scope ?? UnitScope.Everything));

    [Fact]
    public async Task Should_give_two_hundred_parallel_allocations_the_numbers_one_to_two_hundred_once_each()
    {
        var unit = await Host.UnitIdAsync("qng.sngv");
        // A bounded pool: the shared PostgreSQL server serves other test runs too; the 200 calls still race for it.
        var target = Database.Target.Provider == DatabaseProvider.Postgres
            ? Database.Target with { ConnectionString = Database.Target.ConnectionString + ";Maximum Pool Size=30" } : Database.Target;
        await using var racing = TestHost.Create(target);
        racing.Clock.AdjustTime(Host.Clock.GetUtcNow());

        using var start = new ManualResetEventSlim(false);
        var calls = Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await AllocateAsync(unit, host: racing);
        })).ToList();
        start.Set();
        var allocated = await Task.WhenAll(calls);

        Assert.Equal(Enumerable.Range(1, 200), allocated.Select(a => a.Number).Order());
        Assert.Equal(200, allocated.Select(a => a.Reference).Distinct().Count());
        var stored = await Host.QueryAsync(db => db.OutgoingEntries.Where(e => e.OrgUnitId == unit).Select(e => e.Number).OrderBy(n => n).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 200), stored);
        Assert.Equal(200, await Host.QueryAsync(db => db.OutgoingCounters.Where(c => c.OrgUnitId == unit).Select(c => c.Last).SingleAsync()));
    }

    [Fact]
    public async Task Should_start_again_at_one_on_the_first_of_January_in_Vietnam_time()
    {
        var unit = await Host.UnitIdAsync("qng.sngv");
        Host.Clock.AdjustTime(new DateTimeOffset(2024, 12, 31, 16, 30, 0, TimeSpan.Zero)); // 23:30 on 31/12 in Việt Nam
        await AllocateAsync(unit);
        var last = await AllocateAsync(unit);
        Host.Clock.AdjustTime(new DateTimeOffset(2024, 12, 31, 17, 5, 0, TimeSpan.Zero)); // 00:05 on 1/1/2025 there
        var first = await AllocateAsync(unit);

        Assert.Equal((2, 2024, "02/BC-UBND", new DateOnly(2024, 12, 31)), (last.Number, last.Year, last.Reference, last.IssuedOn));
        Assert.Equal((1, 2025, "01/BC-UBND", new DateOnly(2025, 1, 1)), (first.Number, first.Year, first.Reference, first.IssuedOn));
        Assert.Equal(2, (await ListAsync(unit, 2024)).Total);
        Assert.Equal(1, (await ListAsync(unit, 2025)).Total);
    }

    [Fact]
    public async Task Should_keep_one_sequence_per_unit_and_per_register_whatever_the_symbol()
    {
        var quangNgai = await Host.UnitIdAsync("qng.sngv");
        var dongThap = await Host.UnitIdAsync("dt.sngv");
        await AllocateAsync(quangNgai, "BC-UBND");
        var plan = await AllocateAsync(quangNgai, "KH-UBND");
        var other = await AllocateAsync(dongThap, "BC-UBND");
        var decision = await AllocateAsync(quangNgai, "QĐ-UBND", register: "quyet-dinh");

        Assert.Equal("02/KH-UBND", plan.Reference);
        Assert.Equal(1, other.Number);
        Assert.Equal((1, "quyet-dinh"), (decision.Number, decision.Register));
        Assert.Equal("01-BC/HU", OutgoingRegister.Reference(1, "BC/HU"));
    }

    [Fact]
    public async Task Should_keep_a_released_reservation_as_cancelled_and_never_hand_it_out_again()
    {
        var unit = await Host.UnitIdAsync("qng.sngv");
        var reserved = await Host.RunAsync<ReserveNumber, AllocateOutgoingNumber.Allocated>(r =>
            r.HandleAsync(new AllocateOutgoingNumber.Command(unit, "BC-UBND", null, new("Báo cáo", "Dự thảo báo cáo quý")), UnitScope.Everything));
        var issued = await AllocateAsync(unit);
        await Host.RunAsync<ReleaseNumber>(r => r.HandleAsync(new ReleaseNumber.Command(reserved.Id, "Không ban hành"), UnitScope.Everything));
        var next = await AllocateAsync(unit);

        Assert.Equal((OutgoingState.Reserved, (DateOnly?)null), (reserved.State, reserved.IssuedOn));
        Assert.Equal((2, 3), (issued.Number, next.Number));
        var lines = (await ListAsync(unit)).Rows;
        Assert.Equal([1, 2, 3], lines.Select(l => l.Number));
        Assert.Equal((OutgoingState.Cancelled, "Không ban hành"), (lines[0].State, lines[0].CancelReason));
        var refused = await Assert.ThrowsAsync<ConflictException>(() =>
            Host.RunAsync<ReleaseNumber>(r => r.HandleAsync(new ReleaseNumber.Command(issued.Id, null), UnitScope.Everything)));
        Assert.Contains("không ở trạng thái giữ chỗ", refused.Localized.Vi);
    }

    [Fact]
    public async Task Should_issue_a_reserved_number_in_its_year_and_a_new_one_when_the_year_has_turned()
    {
        var unit = await Host.UnitIdAsync("qng.sngv");
        Host.Clock.AdjustTime(new DateTimeOffset(2025, 12, 30, 3, 0, 0, TimeSpan.Zero));
        var reserve = () => Host.RunAsync<ReserveNumber, AllocateOutgoingNumber.Allocated>(r =>
            r.HandleAsync(new AllocateOutgoingNumber.Command(unit, "BC-UBND"), UnitScope.Everything));
        var issue = (int id) => Host.RunAsync<IssueReservedNumber, AllocateOutgoingNumber.Allocated>(i =>
            i.HandleAsync(new IssueReservedNumber.Command(id), UnitScope.Everything));
        var first = await issue((await reserve()).Id);
        var late = await reserve();
        Host.Clock.AdjustTime(new DateTimeOffset(2026, 1, 2, 3, 0, 0, TimeSpan.Zero));
        var renumbered = await issue(late.Id);

        Assert.Equal((1, new DateOnly(2025, 12, 30)), (first.Number, first.IssuedOn));
        Assert.Equal((1, 2026, new DateOnly(2026, 1, 2)), (renumbered.Number, renumbered.Year, renumbered.IssuedOn));
        var old = (await ListAsync(unit, 2025)).Rows;
        Assert.Equal([OutgoingState.Issued, OutgoingState.Cancelled], old.Select(r => r.State));
        await Assert.ThrowsAsync<ConflictException>(() => issue(first.Id));
    }

    [Fact]
    public async Task Should_refuse_a_unit_outside_the_officers_scope_and_a_viewer_and_write_nothing()
    {
        var officer = await Host.ScopeOfAsync(await Host.CreateUserAsync("binhson", Roles.UnitOfficer, "qng.sngv"));
        var viewer = await Host.ScopeOfAsync(await Host.CreateUserAsync("xem", Roles.Viewer, "qng"));
        var own = await Host.UnitIdAsync("qng.sngv");
        var other = await Host.UnitIdAsync("dt.sngv");

        Assert.Equal(1, (await AllocateAsync(own, scope: officer)).Number);
        await Assert.ThrowsAsync<ForbiddenException>(() => AllocateAsync(other, scope: officer));
        await Assert.ThrowsAsync<ForbiddenException>(() => AllocateAsync(own, scope: viewer));
        await Assert.ThrowsAsync<ForbiddenException>(() => ListAsync(other, scope: officer));
        Assert.Single((await ListAsync(own, scope: viewer)).Rows);
        Assert.False(await Host.QueryAsync(db => db.OutgoingCounters.AnyAsync(c => c.OrgUnitId == other)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("BC UBND")]
    [InlineData("BC--UBND")]
    [InlineData("12/")]
    [InlineData("BC-UBND;DROP")]
    public async Task Should_refuse_a_bad_symbol_in_both_languages(string symbol)
    {
        var unit = await Host.UnitIdAsync("qng.sngv");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => AllocateAsync(unit, symbol));
        Assert.Contains("Ký hiệu văn bản", error.Localized.Vi);
        Assert.Contains("document symbol", error.Localized.En);
        Assert.False(await Host.QueryAsync(db => db.OutgoingEntries.AnyAsync()));
    }

    [Fact]
    public async Task Should_refuse_an_unknown_unit_and_a_unit_that_no_longer_exists()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => AllocateAsync(999_999));
        var ended = await Host.UnitIdAsync("qng.bs.ubnd"); // the district committees ended on 30/6/2025; the clock is in 2026
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => AllocateAsync(ended));
        Assert.Contains("không còn tồn tại", error.Localized.Vi);
    }

    [Fact]
    public async Task Should_audit_every_line_and_export_the_year_in_the_paper_registers_columns()
    {
        var unit = await Host.UnitIdAsync("qng.sngv");
        await AllocateAsync(unit, details: new("Báo cáo", "Kết quả công tác đối ngoại nhân dân năm 2026", "Nguyễn Văn A", "Sở Ngoại vụ", "VT", 3));
        await Host.RunAsync<ReserveNumber, AllocateOutgoingNumber.Allocated>(r => r.HandleAsync(new AllocateOutgoingNumber.Command(unit, "KH-UBND"), UnitScope.Everything));

        Assert.Equal(2, await Host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(OutgoingEntry))));
        var (name, content) = await Host.RunAsync<ExportOutgoingRegister, (string, byte[])>(e => e.HandleAsync(new ExportOutgoingRegister.Query(unit, 2026), UnitScope.Everything));
        var sheet = XlsxWorkbook.Read(content);
        Assert.EndsWith("2026.xlsx", name);
        Assert.Equal(["Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung văn bản", "Người ký", "Nơi nhận văn bản",
            "Đơn vị, người nhận bản lưu", "Số lượng bản", "Ghi chú"], sheet.Headers);
        Assert.Equal("01/BC-UBND", sheet.Rows[0][0].TextValue);
        Assert.Equal(new DateOnly(2026, 11, 22), sheet.Rows[0][1].DateValue);
        Assert.Equal("Báo cáo Kết quả công tác đối ngoại nhân dân năm 2026", sheet.Rows[0][2].TextValue);
        Assert.Equal(("Nguyễn Văn A", "Sở Ngoại vụ", "VT", 3m), (sheet.Rows[0][3].TextValue, sheet.Rows[0][4].TextValue, sheet.Rows[0][5].TextValue, sheet.Rows[0][6].NumberValue));
        Assert.Equal("Số giữ chỗ, chưa ban hành", sheet.Rows[1][7].TextValue);
    }
}

public sealed class OutgoingRegisterTests_Sqlite(SqliteDatabases databases) : OutgoingRegisterTests(databases), IClassFixture<SqliteDatabases>;

public sealed class OutgoingRegisterTests_Postgres(PostgresDatabases databases) : OutgoingRegisterTests(databases), IClassFixture<PostgresDatabases>;
