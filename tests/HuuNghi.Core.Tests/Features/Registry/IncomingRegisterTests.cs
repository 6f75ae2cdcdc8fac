using System.Text;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Registry;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Writing.Xlsx;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Registry;

public abstract class IncomingRegisterTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    /// <summary>A letter from the province to its foreign-affairs department, with the department's "ĐẾN" stamp: number 45, 12/3/2026.</summary>
    public static readonly string StampedLetter = """
        ỦY BAN NHÂN DÂN
        TỈNH ĐỒNG THÁP

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Số: 120/UBND-VX

        Đồng Tháp, ngày 10 tháng 3 năm 2026

        V/v tăng cường công tác đối ngoại nhân dân

        SỞ NGOẠI VỤ TỈNH ĐỒNG THÁP
        Số : 45
        ĐẾN Ngày : 12/3/2026
        Chuyển : .....

        Kính gửi: Sở Ngoại vụ.

        Ủy ban nhân dân tỉnh đề nghị Sở Ngoại vụ tham mưu triển khai công tác đối ngoại nhân dân năm 2026.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        Nguyễn Văn An
        """;

    private Task<ImportDocuments.Result> ImportAsync(string text, int? owner, string name = "cv-120.txt") =>
        Host.RunAsync<ImportDocuments, ImportDocuments.Result>(i =>
            i.HandleAsync(new ImportDocuments.Command(name, Encoding.UTF8.GetBytes(text), owner), UnitScope.Everything));

    private Task<ListIncomingRegister.Result> ListAsync(int unit, int? year = null, UnitScope? scope = null, IncomingState? state = null, bool subtree = false) =>
        Host.RunAsync<ListIncomingRegister, ListIncomingRegister.Result>(l =>
            l.HandleAsync(new ListIncomingRegister.Query(unit, year, state, subtree), scope ?? UnitScope.Everything));

    private Task<ListIncomingRegister.Row> ReceiveAsync(int documentId, int unit, UnitScope? scope = null, TestHost? host = null, DateOnly? deadline = null,
        int? handlerUnit = null) =>
        (host ?? Host).RunAsync<RecordArrival, ListIncomingRegister.Row>(r =>
            r.HandleAsync(new RecordArrival.Command(null, unit, handlerUnit, Deadline: deadline, DocumentId: documentId), scope ?? UnitScope.Everything));

    private Task<List<int>> DocumentsAsync(int count) => Host.QueryAsync(async db =>
    {
        var documents = Enumerable.Range(1, count).Select(i => new Document
        {
            Kind = "dispatch", Reference = $"{i}/UBND-VX", ReferenceKey = ReferenceKey.Of($"{i}/UBND-VX"), Title = $"Công văn {i}", RecordedAt = DateTime.UtcNow,
        }).ToList();
        db.Documents.AddRange(documents);
        await db.SaveChangesAsync();
        return documents.Select(d => d.Id).ToList();
    });

    [Fact]
    public async Task Should_give_two_hundred_parallel_arrivals_for_one_unit_the_numbers_one_to_two_hundred_once_each()
    {
        var unit = await Host.UnitIdAsync("dt.sngv");
        var documents = await DocumentsAsync(200);
        var target = Database.Target.Provider == DatabaseProvider.Postgres
            ? Database.Target with { ConnectionString = Database.Target.ConnectionString + ";Maximum Pool Size=30" } : Database.Target;
        await using var racing = TestHost.Create(target);
        racing.Clock.AdjustTime(Host.Clock.GetUtcNow());

        using var start = new ManualResetEventSlim(false);
        var calls = documents.Select(id => Task.Run(async () =>
        {
            start.Wait();
            return await ReceiveAsync(id, unit, host: racing);
        })).ToList();
        start.Set();
        var entered = await Task.WhenAll(calls);

        Assert.Equal(Enumerable.Range(1, 200), entered.Select(e => e.Number).Order());
        var stored = await Host.QueryAsync(db => db.IncomingEntries.Where(e => e.OrgUnitId == unit).Select(e => e.Number).OrderBy(n => n).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 200), stored);
        Assert.Equal(200, await Host.QueryAsync(db => db.IncomingCounters.Where(c => c.OrgUnitId == unit).Select(c => c.Last).SingleAsync()));
    }

    [Fact]
    public async Task Should_fill_the_day_and_paper_number_from_the_incoming_stamp_and_enter_a_second_import_once()
    {
        var sngv = await Host.UnitIdAsync("dt.sngv");
        var first = await ImportAsync(StampedLetter, sngv);
        var again = await ImportAsync(StampedLetter, sngv);

        Assert.True(again.Unchanged);
        var line = Assert.Single((await ListAsync(sngv)).Rows);
        Assert.Equal((1, "45", new DateOnly(2026, 3, 12), 2026, first.Documents[0].Id), (line.Number, line.StampedNumber, line.ArrivedOn, line.Year, line.DocumentId));
        Assert.Equal((IncomingState.ToHandle, IncomingRegister.Sources.Upload, "120/UBND-VX"), (line.State, line.Source, line.Reference));
        Assert.Equal(1, await Host.QueryAsync(db => db.IncomingEntries.CountAsync()));

        // The same file taken by another receiving unit is that unit's arrival, numbered in its own register.
        var other = await Host.UnitIdAsync("qng.sngv");
        await ImportAsync(StampedLetter, other);
        Assert.Equal(1, Assert.Single((await ListAsync(other)).Rows).Number);
    }

    [Fact]
    public async Task Should_not_enter_a_document_its_own_issuer_holds_or_one_imported_without_an_owner()
    {
        await ImportAsync(StampedLetter, owner: null);
        var issuer = await Host.QueryAsync(db => db.Documents.Where(d => d.Reference == "120/UBND-VX").Select(d => d.IssuerUnitId).SingleAsync());
        Assert.NotNull(issuer);
        await ImportAsync(StampedLetter, issuer);
        Assert.False(await Host.QueryAsync(db => db.IncomingEntries.AnyAsync()));
    }

    [Fact]
    public async Task Should_number_arrivals_per_unit_and_per_year_in_Vietnam_time()
    {
        var unit = await Host.UnitIdAsync("dt.sngv");
        var documents = await DocumentsAsync(3);
        Host.Clock.AdjustTime(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero)); // 23:30 on 31/12 in Việt Nam
        await ReceiveAsync(documents[0], unit);
        var last = await ReceiveAsync(documents[1], unit);
        Host.Clock.AdjustTime(new DateTimeOffset(2026, 12, 31, 17, 5, 0, TimeSpan.Zero)); // 00:05 on 1/1/2027 there
        var first = await ReceiveAsync(documents[2], unit);

        Assert.Equal((2, 2026, new DateOnly(2026, 12, 31)), (last.Number, last.Year, last.ArrivedOn));
        Assert.Equal((1, 2027, new DateOnly(2027, 1, 1)), (first.Number, first.Year, first.ArrivedOn));
        var twice = await Assert.ThrowsAsync<ConflictException>(() => ReceiveAsync(documents[0], unit));
        Assert.Contains("đã vào sổ văn bản đến", twice.Localized.Vi);
    }

    [Fact]
    public async Task Should_assign_a_handler_and_move_the_state_audited_and_list_by_state_and_subtree()
    {
        var province = await Host.UnitIdAsync("dt");
        var unit = await Host.UnitIdAsync("dt.sngv");
        var line = await ReceiveAsync((await DocumentsAsync(1))[0], unit);
        var assigned = await Host.RunAsync<AssignIncoming, ListIncomingRegister.Row>(a =>
            a.HandleAsync(new AssignIncoming.Command(line.Id, unit, null, new DateOnly(2026, 12, 5), line.Version), UnitScope.Everything));
        var started = await Host.RunAsync<ChangeIncomingState, ListIncomingRegister.Row>(c =>
            c.HandleAsync(new ChangeIncomingState.Command(line.Id, IncomingState.InProgress, "Đang dự thảo trả lời"), UnitScope.Everything));

        Assert.Equal((unit, new DateOnly(2026, 12, 5)), (assigned.HandlerUnitId, assigned.Deadline));
        Assert.Equal((IncomingState.InProgress, "Đang dự thảo trả lời"), (started.State, started.Note));
        Assert.Equal(3, await Host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(IncomingEntry))));
        Assert.Single((await ListAsync(unit, state: IncomingState.InProgress)).Rows);
        Assert.Empty((await ListAsync(unit, state: IncomingState.Done)).Rows);
        Assert.Single((await ListAsync(province, subtree: true)).Rows);
        Assert.Empty((await ListAsync(province)).Rows);

        var stale = await Assert.ThrowsAsync<ConflictException>(() => Host.RunAsync<AssignIncoming, ListIncomingRegister.Row>(a =>
            a.HandleAsync(new AssignIncoming.Command(line.Id, unit, null, null, line.Version), UnitScope.Everything)));
        Assert.Contains("tải lại", stale.Localized.Vi);
        var early = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RunAsync<AssignIncoming, ListIncomingRegister.Row>(a =>
            a.HandleAsync(new AssignIncoming.Command(line.Id, unit, null, new DateOnly(2020, 1, 1)), UnitScope.Everything)));
        Assert.Contains("deadline", early.Errors.Keys);
    }

    [Fact]
    public async Task Should_refuse_another_units_officer_and_a_viewer_and_change_nothing()
    {
        var unit = await Host.UnitIdAsync("dt.sngv");
        var line = await ReceiveAsync((await DocumentsAsync(1))[0], unit);
        var elsewhere = await Host.ScopeOfAsync(await Host.CreateUserAsync("cb.qng", Roles.UnitOfficer, "qng.sngv"));
        var viewer = await Host.ScopeOfAsync(await Host.CreateUserAsync("xem.dt", Roles.Viewer, "dt.sngv"));

        await Assert.ThrowsAsync<ForbiddenException>(() => ListAsync(unit, scope: elsewhere));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.RunAsync<ChangeIncomingState, ListIncomingRegister.Row>(c =>
            c.HandleAsync(new ChangeIncomingState.Command(line.Id, IncomingState.Done), elsewhere)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.RunAsync<AssignIncoming, ListIncomingRegister.Row>(a =>
            a.HandleAsync(new AssignIncoming.Command(line.Id, unit, null, null), viewer)));
        var another = (await DocumentsAsync(1))[0];
        await Assert.ThrowsAsync<ForbiddenException>(() => ReceiveAsync(another, unit, scope: viewer));
        Assert.Single((await ListAsync(unit, scope: viewer)).Rows);
        Assert.Equal(IncomingState.ToHandle, await Host.QueryAsync(db => db.IncomingEntries.Select(e => e.State).SingleAsync()));
    }

    [Fact]
    public async Task Should_export_the_year_in_the_paper_registers_columns()
    {
        var unit = await Host.UnitIdAsync("dt.sngv");
        await ImportAsync(StampedLetter, unit);

        var (name, content) = await Host.RunAsync<ExportIncomingRegister, (string, byte[])>(e => e.HandleAsync(new ExportIncomingRegister.Query(unit, 2026), UnitScope.Everything));
        var sheet = XlsxWorkbook.Read(content);
        Assert.EndsWith("2026.xlsx", name);
        Assert.Equal(["Số đến", "Ngày đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ký nhận", "Ghi chú"],
            sheet.Headers);
        var row = sheet.Rows.Single();
        Assert.Equal((1m, new DateOnly(2026, 3, 12), "120/UBND-VX", new DateOnly(2026, 3, 10)),
            (row[0].NumberValue, row[1].DateValue, row[3].TextValue, row[4].DateValue));
        Assert.Equal("Công văn tăng cường công tác đối ngoại nhân dân", row[5].TextValue);
        Assert.StartsWith("Số trên dấu đến: 45", row[8].TextValue);
    }
}

public sealed class IncomingRegisterTests_Sqlite(SqliteDatabases databases) : IncomingRegisterTests(databases), IClassFixture<SqliteDatabases>;

public sealed class IncomingRegisterTests_Postgres(PostgresDatabases databases) : IncomingRegisterTests(databases), IClassFixture<PostgresDatabases>;
