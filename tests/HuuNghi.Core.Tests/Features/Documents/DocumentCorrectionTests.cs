using System.Text;
using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Documents;

/// <summary>The upload page's confirm step: the officer's corrections are stored, audited and validated.</summary>
public abstract class DocumentCorrectionTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    // Written for this test: a letter whose subject line the parser cannot find (there is none).
    private static readonly byte[] Letter = Encoding.UTF8.GetBytes("""
        ỦY BAN NHÂN DÂN
        HUYỆN THÁP MƯỜI
        Số: 77/UBND-VP
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Tháp Mười, ngày 14 tháng 3 năm 2024

        Kính gửi: Sở Ngoại vụ tỉnh Đồng Tháp

        Ủy ban nhân dân huyện báo cáo số đoàn khách quốc tế đến thăm huyện trong quý I năm 2024.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Nguyễn Văn An
        """);

    private Task<ImportDocuments.Result> ImportAsync(params DocumentCorrection[] corrections) =>
        Host.RunAsync<ImportDocuments, ImportDocuments.Result>(i => i.HandleAsync(
            new ImportDocuments.Command("cong-van-77.txt", Letter, Corrections: corrections), UnitScope.Everything));

    [Fact]
    public async Task Should_show_the_missing_subject_as_a_warning_before_anything_is_stored()
    {
        var preview = await Host.RunAsync<PreviewDocuments, PreviewDocuments.Result>(p => p.HandleAsync("cong-van-77.txt", Letter));

        var doc = Assert.Single(preview.Documents);
        Assert.Contains(doc.Warnings, w => w.Field == "title");
        Assert.Equal(0, await Host.QueryAsync(db => db.Documents.CountAsync(d => d.Reference == "77/UBND-VP")));
    }

    [Fact]
    public async Task Should_store_the_officers_corrections_and_keep_the_parsers_values_in_the_audit_trail()
    {
        var result = await ImportAsync(new DocumentCorrection(0, Title: "Về việc báo cáo đoàn khách quốc tế quý I năm 2024", Reference: "78/UBND-VP"));

        var stored = await Host.QueryAsync(db => db.Documents.SingleAsync(d => d.Id == result.Documents[0].Id));
        Assert.Equal("Về việc báo cáo đoàn khách quốc tế quý I năm 2024", stored.Title);
        Assert.Equal("78/UBND-VP", stored.Reference);
        Assert.Equal("78", stored.Number);
        Assert.Equal("UBND-VP", stored.Symbol);
        var entry = await Host.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "Corrected" && a.EntityId == stored.Id.ToString()));
        Assert.Contains("77/UBND-VP", entry.Before);
        Assert.Contains("78/UBND-VP", entry.After);
        Assert.Contains("title", entry.After);
    }

    [Fact]
    public async Task Should_not_audit_a_correction_that_changes_nothing()
    {
        var result = await ImportAsync(new DocumentCorrection(0, Reference: "77/UBND-VP", Place: "Tháp Mười"));

        Assert.Equal(0, await Host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Corrected" && a.EntityId == result.Documents[0].Id.ToString())));
    }

    [Fact]
    public async Task Should_refuse_a_wrong_date_and_a_malformed_reference_together_and_store_nothing()
    {
        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(() => ImportAsync(new DocumentCorrection(0, IssuedOn: "2024-02-30", Reference: "bảy mươi bảy")));

        Assert.Contains("issuedOn", refusal.Errors.Keys);
        Assert.Contains("reference", refusal.Errors.Keys);
        Assert.Equal(0, await Host.QueryAsync(db => db.DocumentFiles.CountAsync(f => f.FileName == "cong-van-77.txt")));
    }
}

public sealed class DocumentCorrectionTests_Sqlite(SqliteDatabases d) : DocumentCorrectionTests(d), IClassFixture<SqliteDatabases>;
public sealed class DocumentCorrectionTests_Postgres(PostgresDatabases d) : DocumentCorrectionTests(d), IClassFixture<PostgresDatabases>;
