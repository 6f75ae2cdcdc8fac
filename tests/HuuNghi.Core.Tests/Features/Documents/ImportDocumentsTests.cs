using System.Text;
using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Documents;

public abstract class ImportDocumentsTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private Task<ImportDocuments.Result> ImportAsync(string path, UnitScope? scope = null, int? owner = null) =>
        Host.RunAsync<ImportDocuments, ImportDocuments.Result>(i => i.HandleAsync(
            new ImportDocuments.Command(Path.GetFileName(path), File.ReadAllBytes(path), owner), scope ?? UnitScope.Everything));

    private async Task ImportAllSeedsAsync()
    {
        foreach (var seed in Seeds.All) await ImportAsync(seed);
    }

    [Fact]
    public async Task Should_store_every_document_of_a_bundle_and_link_citations_to_one_placeholder()
    {
        await ImportAllSeedsAsync();
        var bundle = await Host.QueryAsync(db => db.Documents.Where(d => !d.IsPlaceholder && d.FileIndex != null).CountAsync());
        Assert.Equal(7, bundle);
        var directive = await Host.QueryAsync(db => db.Documents.SingleAsync(d => d.ReferenceKey == "12-ct/tw"));
        Assert.True(directive.IsPlaceholder);
        var citers = await Host.QueryAsync(db => db.DocumentCitations.Where(c => c.ToDocumentId == directive.Id).Select(c => c.FromDocumentId).Distinct().CountAsync());
        Assert.Equal(7, citers);
    }

    [Fact]
    public async Task Should_link_letters_to_the_plan_they_forward_in_the_same_file()
    {
        await ImportAsync(Seeds.Path("002"));
        var plan = await Host.RunAsync<ShowDocument, ShowDocument.Details>(s => s.ByReferenceAsync("83-KH/TU", UnitScope.Everything));
        Assert.False(plan.IsPlaceholder);
        Assert.Equal("2022-06-11", plan.IssuedOn);
        Assert.Contains(plan.CitedBy, c => c.Reference == "457/LĐLĐ" && c.StatedIssuedOn == "2022-06-21");
        Assert.Contains(plan.CitedBy, c => c.Reference == "578-CV/BDVTU");
        Assert.Contains(plan.Citations, c => c.Reference == "12-CT/TW" && c.DocumentId == null);
    }

    [Fact]
    public async Task Should_change_nothing_when_the_same_file_comes_again()
    {
        var first = await ImportAsync(Seeds.Path("000"));
        var count = await Host.QueryAsync(db => db.Documents.CountAsync());
        var again = await ImportAsync(Seeds.Path("000"));
        Assert.True(again.Unchanged);
        Assert.Equal(first.Documents.Select(d => d.Id), again.Documents.Select(d => d.Id));
        Assert.Equal(count, await Host.QueryAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task Should_refuse_a_different_file_claiming_a_stored_reference()
    {
        await ImportAsync(Seeds.Path("001"));
        var altered = File.ReadAllText(Seeds.Path("001")).Replace("Đỗ Văn Hiếu", "Người Khác", StringComparison.Ordinal);
        var error = await Assert.ThrowsAsync<ConflictException>(() => Host.RunAsync<ImportDocuments, ImportDocuments.Result>(i =>
            i.HandleAsync(new ImportDocuments.Command("ke-hoach-62-ban-sua.txt", Encoding.UTF8.GetBytes(altered)), UnitScope.Everything)));
        Assert.Contains("62/KH-UBND", error.Localized.Vi);
        Assert.Contains("001_", error.Localized.Vi);
        Assert.Equal(1, await Host.QueryAsync(db => db.DocumentFiles.CountAsync()));
    }

    [Fact]
    public async Task Should_fill_a_placeholder_when_the_cited_document_arrives()
    {
        await ImportAsync(Seeds.Path("000"));
        var placeholder = await Host.QueryAsync(db => db.Documents.SingleAsync(d => d.ReferenceKey == "313/kh-ubnd"));
        Assert.True(placeholder.IsPlaceholder);
        var plan = "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n\nSố: 313/KH-UBND\n\nĐồng Tháp, ngày 12 tháng 9 năm 2022\n\nKẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư\n\n"
            + "I. NHIỆM VỤ\n1. Tuyên truyền về công tác đối ngoại nhân dân.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n";
        await Host.RunAsync<ImportDocuments, ImportDocuments.Result>(i => i.HandleAsync(new ImportDocuments.Command("313.txt", Encoding.UTF8.GetBytes(plan)), UnitScope.Everything));
        var filled = await Host.QueryAsync(db => db.Documents.SingleAsync(d => d.ReferenceKey == "313/kh-ubnd"));
        Assert.Equal(placeholder.Id, filled.Id);
        Assert.False(filled.IsPlaceholder);
        Assert.Equal(await Host.UnitIdAsync("dt.ubnd"), filled.IssuerUnitId);
    }

    [Fact]
    public async Task Should_answer_an_empty_or_unreadable_file_in_both_languages_and_store_nothing()
    {
        var empty = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RunAsync<ImportDocuments, ImportDocuments.Result>(i =>
            i.HandleAsync(new ImportDocuments.Command("rong.txt", []), UnitScope.Everything)));
        Assert.Contains("rỗng", empty.Localized.Vi);
        Assert.Contains("empty", empty.Localized.En);
        var big = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RunAsync<ImportDocuments, ImportDocuments.Result>(i =>
            i.HandleAsync(new ImportDocuments.Command("lon.txt", new byte[2048], MaxBytes: 1024), UnitScope.Everything)));
        Assert.NotEmpty(big.Localized.En);
        Assert.Equal(0, await Host.QueryAsync(db => db.DocumentFiles.CountAsync()));
    }

    [Fact]
    public async Task Should_find_documents_without_diacritics_and_only_within_scope()
    {
        await ImportAllSeedsAsync();
        var all = await Host.RunAsync<ListDocuments, ListDocuments.Result>(l => l.HandleAsync(new ListDocuments.Query("doi ngoai nhan dan"), UnitScope.Everything));
        Assert.True(all.Total >= 5);
        var dd = await Host.RunAsync<ListDocuments, ListDocuments.Result>(l => l.HandleAsync(new ListDocuments.Query("DƯƠNG MINH CHÂU"), UnitScope.Everything));
        Assert.Contains(dd.Rows, r => r.Reference == "457/LĐLĐ");
        var year = await Host.RunAsync<ListDocuments, ListDocuments.Result>(l => l.HandleAsync(new ListDocuments.Query(Kind: "plan", Year: 2026), UnitScope.Everything));
        Assert.Equal("62/KH-UBND", Assert.Single(year.Rows).Reference);

        var officer = await Host.CreateUserAsync("bs.officer", Roles.UnitOfficer, "qng.bs");
        var scope = await Host.ScopeOfAsync(officer);
        var mine = await Host.RunAsync<ListDocuments, ListDocuments.Result>(l => l.HandleAsync(new ListDocuments.Query(), scope));
        Assert.All(mine.Rows, r => Assert.Contains("Bình Sơn", r.Issuer));
        var thapMuoi = await Host.QueryAsync(db => db.Documents.Where(d => d.Issuer!.Contains("Tháp Mười")).Select(d => d.Id).FirstAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.RunAsync<ShowDocument, ShowDocument.Details>(s => s.HandleAsync(thapMuoi, scope)));
    }
}

public sealed class ImportDocumentsTests_Sqlite(SqliteDatabases d) : ImportDocumentsTests(d), IClassFixture<SqliteDatabases>;
public sealed class ImportDocumentsTests_Postgres(PostgresDatabases d) : ImportDocumentsTests(d), IClassFixture<PostgresDatabases>;

public abstract class RecordDocumentTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private Task<int> RecordAsync(string reference) => Host.RunAsync<RecordDocument, int>(r => r.HandleAsync(
        new RecordDocument.Command("plan", reference, new DateOnly(2022, 6, 11), "Ban Thường vụ Tỉnh ủy Tây Ninh", "Kế hoạch", null,
            [new RecordDocument.Cited("12-CT/TW", "directive", new DateOnly(2022, 1, 5), "Ban Bí thư")]), UnitScope.Everything));

    [Fact]
    public async Task Should_refuse_recording_the_same_reference_twice()
    {
        await RecordAsync("83-KH/TU");
        var error = await Assert.ThrowsAsync<ConflictException>(() => RecordAsync("83 - KH/TU"));
        Assert.Contains("83 - KH/TU", error.Localized.Vi);
    }

    [Fact]
    public async Task Should_attach_the_file_to_a_document_recorded_by_hand()
    {
        var id = await RecordAsync("83-KH/TU");
        await Host.RunAsync<ImportDocuments, ImportDocuments.Result>(i => i.HandleAsync(
            new ImportDocuments.Command("002.txt", File.ReadAllBytes(Seeds.Path("002"))), UnitScope.Everything));
        var plan = await Host.RunAsync<ShowDocument, ShowDocument.Details>(s => s.ByReferenceAsync("83-KH/TU", UnitScope.Everything));
        Assert.Equal(id, plan.Id);
        Assert.NotNull(plan.FileId);
        Assert.Equal("Phạm Hùng Thái", plan.Parsed!.Value.GetProperty("signer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Should_refuse_an_unknown_kind_and_a_record_with_neither_reference_nor_title()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RunAsync<RecordDocument, int>(r => r.HandleAsync(
            new RecordDocument.Command("memo", null, null, null, null, null, []), UnitScope.Everything)));
        Assert.Equal(2, error.Errors.Count);
    }
}

public sealed class RecordDocumentTests_Sqlite(SqliteDatabases d) : RecordDocumentTests(d), IClassFixture<SqliteDatabases>;
public sealed class RecordDocumentTests_Postgres(PostgresDatabases d) : RecordDocumentTests(d), IClassFixture<PostgresDatabases>;
