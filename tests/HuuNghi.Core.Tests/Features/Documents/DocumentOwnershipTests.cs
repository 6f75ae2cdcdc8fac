using System.Text;
using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Documents;

/// <summary>
/// A document belongs to the unit that stored it (ADR 14): what a file says about its issuer or its number grants
/// nothing. These are the probe's findings 1–3 of issue 17, each as it was tried.
/// </summary>
public abstract class DocumentOwnershipTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private const string ForgedPlan = "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n\nSố: 313/KH-UBND\n\nĐồng Tháp, ngày 12 tháng 9 năm 2022\n\nKẾ HOẠCH\nBãi bỏ mọi hoạt động đối ngoại nhân dân\n\n"
        + "I. NHIỆM VỤ\n1. Ngừng tiếp đoàn nước ngoài.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNgười Giả Mạo\n";

    private const string ThapMuoiReport = "ỦY BAN NHÂN DÂN\nHUYỆN THÁP MƯỜI\n\nSố: 45/BC-UBND\n\nTháp Mười, ngày 10 tháng 12 năm 2024\n\nBÁO CÁO\nKết quả công tác đối ngoại nhân dân năm 2024\n\n"
        + "Năm 2024, huyện đón 3 đoàn khách nước ngoài.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn B\n";

    private Task<ImportDocuments.Result> UploadAsync(string name, string text, UnitScope scope, int? unit = null) =>
        Host.RunAsync<ImportDocuments, ImportDocuments.Result>(i => i.HandleAsync(new ImportDocuments.Command(name, Encoding.UTF8.GetBytes(text), unit), scope));

    private Task<ShowDocument.Details> ShowAsync(int id, UnitScope scope) => Host.RunAsync<ShowDocument, ShowDocument.Details>(s => s.HandleAsync(id, scope));

    [Fact]
    public async Task Should_keep_another_provinces_hand_registered_record_and_store_the_forged_file_as_the_uploaders_copy()
    {
        var dongThap = await Host.UnitIdAsync("dt.ubnd");
        var binhSon = await Host.UnitIdAsync("qng.bs.ubnd");
        var record = await Host.RunAsync<RecordDocument, int>(r => r.HandleAsync(new RecordDocument.Command("plan", "313/KH-UBND", new DateOnly(2022, 9, 12),
            "Ủy ban nhân dân tỉnh Đồng Tháp", "Kế hoạch triển khai Chỉ thị số 12-CT/TW", dongThap, []), UnitScope.Everything));
        var intruder = await Host.ScopeOfAsync(await Host.CreateUserAsync("cb.binhson", Roles.UnitOfficer, "qng.bs.ubnd"));
        var province = await Host.ScopeOfAsync(await Host.CreateUserAsync("dm.dongthap", Roles.FocalOfficer, "dt.ubnd"));

        var result = await UploadAsync("313-gia.txt", ForgedPlan, intruder);

        var kept = await Host.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.Id == record));
        Assert.Equal("Kế hoạch triển khai Chỉ thị số 12-CT/TW", kept.Title);
        Assert.Null(kept.FileId);
        var copy = Assert.Single(result.Documents);
        Assert.NotEqual(record, copy.Id);
        Assert.Null(copy.PlanId); // a plan in Đồng Tháp's name is not made by a Quảng Ngãi district
        Assert.Equal(0, await Host.QueryAsync(db => db.Plans.CountAsync()));
        Assert.Equal(binhSon, (await Host.QueryAsync(db => db.Documents.SingleAsync(d => d.Id == copy.Id))).OwnerUnitId);

        // Both units are told of the other copy; neither reads the other's.
        var seenByIntruder = await ShowAsync(copy.Id, intruder);
        Assert.Equal(dongThap, Assert.Single(seenByIntruder.OtherCopies!).OwnerUnitId);
        var seenByProvince = await ShowAsync(record, province);
        Assert.Equal(binhSon, Assert.Single(seenByProvince.OtherCopies!).OwnerUnitId);
        await Assert.ThrowsAsync<ForbiddenException>(() => ShowAsync(copy.Id, province));
        await Assert.ThrowsAsync<ForbiddenException>(() => ShowAsync(record, intruder));
    }

    [Fact]
    public async Task Should_let_the_owning_province_complete_its_own_hand_registered_record()
    {
        var dongThap = await Host.UnitIdAsync("dt.ubnd");
        var record = await Host.RunAsync<RecordDocument, int>(r => r.HandleAsync(new RecordDocument.Command("plan", "313/KH-UBND", new DateOnly(2022, 9, 12),
            "Ủy ban nhân dân tỉnh Đồng Tháp", "Kế hoạch", dongThap, []), UnitScope.Everything));
        var province = await Host.ScopeOfAsync(await Host.CreateUserAsync("dm.dongthap", Roles.FocalOfficer, "dt.sngv", "dt.ubnd"));

        var result = await UploadAsync("313.txt", ForgedPlan.Replace("Người Giả Mạo", "Nguyễn Văn A", StringComparison.Ordinal), province, dongThap);

        Assert.Equal(record, Assert.Single(result.Documents).Id);
        Assert.NotNull(result.Documents[0].PlanId);
        Assert.NotNull((await Host.QueryAsync(db => db.Documents.SingleAsync(d => d.Id == record))).FileId);
    }

    [Fact]
    public async Task Should_store_a_file_naming_another_unit_as_issuer_as_the_uploaders_own()
    {
        var thapMuoi = await Host.UnitIdAsync("dt.tm.ubnd");
        var binhSon = await Host.UnitIdAsync("qng.bs.ubnd");
        var intruder = await Host.ScopeOfAsync(await Host.CreateUserAsync("cb.binhson", Roles.UnitOfficer, "qng.bs.ubnd"));
        var named = await Host.ScopeOfAsync(await Host.CreateUserAsync("cb.thapmuoi", Roles.UnitOfficer, "dt.tm.ubnd"));

        var id = Assert.Single((await UploadAsync("bao-cao.txt", ThapMuoiReport, intruder)).Documents).Id;

        var stored = await Host.QueryAsync(db => db.Documents.SingleAsync(d => d.Id == id));
        Assert.Equal(binhSon, stored.OwnerUnitId);
        Assert.Equal(thapMuoi, stored.IssuerUnitId); // what the text says, kept as a fact
        Assert.Equal("45/BC-UBND", (await ShowAsync(id, intruder)).Reference);
        await Assert.ThrowsAsync<ForbiddenException>(() => ShowAsync(id, named));
        var list = await Host.RunAsync<ListDocuments, ListDocuments.Result>(l => l.HandleAsync(new(null, null, null, null, false, 1), named));
        Assert.DoesNotContain(list.Rows, d => d.Id == id);
    }

    [Fact]
    public async Task Should_refuse_storing_documents_to_a_viewer_and_store_nothing()
    {
        var viewer = await Host.ScopeOfAsync(await Host.CreateUserAsync("xem.dongthap", Roles.Viewer, "dt.ubnd"));
        var error = await Assert.ThrowsAsync<ForbiddenException>(() => UploadAsync("bao-cao.txt", ThapMuoiReport, viewer));
        Assert.Contains("Vai trò", error.Localized.Vi);
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.RunAsync<RecordDocument, int>(r => r.HandleAsync(
            new RecordDocument.Command("plan", "1/KH-UBND", null, null, "Kế hoạch", null, []), viewer)));
        Assert.Equal(0, await Host.QueryAsync(db => db.Documents.CountAsync()));
    }
}

public sealed class DocumentOwnershipTests_Sqlite(SqliteDatabases d) : DocumentOwnershipTests(d), IClassFixture<SqliteDatabases>;
public sealed class DocumentOwnershipTests_Postgres(PostgresDatabases d) : DocumentOwnershipTests(d), IClassFixture<PostgresDatabases>;
