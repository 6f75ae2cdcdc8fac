using System.Security.Cryptography;
using System.Text;
using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.EdXml;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Documents;

/// <summary>A document handed to an e-office system as edXML and taken back into another HuuNghi loses nothing.</summary>
public abstract class EdXmlExchangeTests(IDatabaseFactory factory) : DatabaseTest(factory)
{
    private static Task<ImportDocuments.Result> ImportAsync(TestHost host, string name, byte[] bytes, UnitScope? scope = null) =>
        host.RunAsync<ImportDocuments, ImportDocuments.Result>(i => i.HandleAsync(new ImportDocuments.Command(name, bytes), scope ?? UnitScope.Everything));

    private async Task<byte[]> ExportAsync(string reference, IReadOnlyList<int>? to = null, UnitScope? scope = null)
    {
        var id = await Host.QueryAsync(db => db.Documents.Where(d => d.ReferenceKey == ReferenceKey.Of(reference) && !d.IsPlaceholder).Select(d => d.Id).SingleAsync());
        var result = await Host.RunAsync<ExportEdXml, ExportEdXml.Result>(e => e.HandleAsync(id, to ?? [], scope ?? UnitScope.Everything));
        using var stream = new MemoryStream();
        EdXmlWriter.Write(result.Package, stream);
        return stream.ToArray();
    }

    private static string Sha(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    [Fact]
    public async Task Should_arrive_in_a_fresh_database_with_the_same_reference_date_issuer_subject_signer_and_file()
    {
        var seed = await File.ReadAllBytesAsync(Seeds.Path("002"));
        await ImportAsync(Host, "002.txt", seed);
        var original = await Host.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.ReferenceKey == "83-kh/tu" && !d.IsPlaceholder));
        var thapMuoi = await Host.UnitIdAsync("dt.tm.ubnd");
        var package = await ExportAsync("83-KH/TU", [thapMuoi]);

        await using var database = await Databases.CreateAsync();
        await using var other = await TestHost.CreateAsync(database);
        var result = await ImportAsync(other, "83-KH-TU.edxml", package);

        var arrived = await other.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.ReferenceKey == "83-kh/tu" && !d.IsPlaceholder));
        Assert.Equal((original.Reference, original.IssuedOn, original.Issuer, original.Title, original.SignerName, original.SignerPosition),
            (arrived.Reference, arrived.IssuedOn, arrived.Issuer, arrived.Title, arrived.SignerName, arrived.SignerPosition));
        var file = await other.QueryAsync(db => db.DocumentFiles.AsNoTracking().SingleAsync(f => f.Id == arrived.FileId));
        Assert.Equal(Sha(seed), Sha(file.Content));
        var receiver = Assert.Single(result.Receivers!);
        Assert.Equal(await other.UnitIdAsync("dt.tm.ubnd"), receiver.UnitId);
        Assert.Equal(receiver.UnitId, arrived.OwnerUnitId);

        var again = await ImportAsync(other, "83-KH-TU.edxml", package);
        Assert.True(again.Unchanged);
    }

    [Fact]
    public async Task Should_land_in_the_receiving_units_incoming_register_once()
    {
        await ImportAsync(Host, "002.txt", await File.ReadAllBytesAsync(Seeds.Path("002")));
        var package = await ExportAsync("83-KH/TU", [await Host.UnitIdAsync("dt.tm.ubnd")]);

        await using var database = await Databases.CreateAsync();
        await using var other = await TestHost.CreateAsync(database);
        await ImportAsync(other, "83-KH-TU.edxml", package);
        await ImportAsync(other, "83-KH-TU.edxml", package);

        var arrived = await other.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.ReferenceKey == "83-kh/tu" && !d.IsPlaceholder));
        var entry = await other.QueryAsync(db => db.IncomingEntries.AsNoTracking().SingleAsync());
        Assert.Equal((await other.UnitIdAsync("dt.tm.ubnd"), arrived.Id, 1, Core.Features.Registry.IncomingRegister.Sources.EdXml),
            (entry.OrgUnitId, entry.DocumentId, entry.Number, entry.Source));
        Assert.Equal(Core.Features.Registry.IncomingState.ToHandle, entry.State);
    }

    [Fact]
    public async Task Should_let_the_senders_header_win_over_the_parse_and_audit_the_difference()
    {
        await ImportAsync(Host, "002.txt", await File.ReadAllBytesAsync(Seeds.Path("002")));
        var xml = Encoding.UTF8.GetString(await ExportAsync("83-KH/TU"));
        var retitled = System.Text.RegularExpressions.Regex.Replace(xml, "<edXML:Subject>.*?</edXML:Subject>", "<edXML:Subject>Tiêu đề do nơi gửi ghi</edXML:Subject>");

        await using var database = await Databases.CreateAsync();
        await using var other = await TestHost.CreateAsync(database);
        await ImportAsync(other, "goi.edxml", Encoding.UTF8.GetBytes(retitled));

        var arrived = await other.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.ReferenceKey == "83-kh/tu" && !d.IsPlaceholder));
        Assert.Equal("Tiêu đề do nơi gửi ghi", arrived.Title);
        Assert.True(await other.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Corrected" && a.EntityId == arrived.Id.ToString())));
    }

    [Fact]
    public async Task Should_keep_an_unknown_receiver_as_text_to_map_and_store_nothing_from_a_broken_package()
    {
        await ImportAsync(Host, "002.txt", await File.ReadAllBytesAsync(Seeds.Path("002")));
        var xml = Encoding.UTF8.GetString(await ExportAsync("83-KH/TU", [await Host.UnitIdAsync("dt.tm.ubnd")]));

        await using var database = await Databases.CreateAsync();
        await using var other = await TestHost.CreateAsync(database);
        var before = await other.QueryAsync(db => db.Documents.CountAsync());
        var truncated = Encoding.UTF8.GetBytes(xml[..(xml.Length / 2)]);
        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(() => ImportAsync(other, "goi.edxml", truncated));
        Assert.Contains("bị cắt cụt", refusal.Errors.Values.SelectMany(m => m).Single().Vi);
        Assert.Equal(before, await other.QueryAsync(db => db.Documents.CountAsync()));

        var organId = await Host.QueryAsync(db => db.OrgUnits.Where(u => u.Code == "dt.tm.ubnd").Select(u => u.IdentifierCode ?? u.Code).SingleAsync());
        var unknown = await ImportAsync(other, "goi.edxml", Encoding.UTF8.GetBytes(xml.Replace($"<edXML:OrganId>{organId}</edXML:OrganId>", "<edXML:OrganId>000.00.99.Z99</edXML:OrganId>")));
        var receiver = Assert.Single(unknown.Receivers!);
        Assert.Equal(("000.00.99.Z99", (int?)null), (receiver.OrganId, receiver.UnitId));
    }

    [Fact]
    public async Task Should_refuse_to_export_a_document_the_user_may_not_read()
    {
        await ImportAsync(Host, "002.txt", await File.ReadAllBytesAsync(Seeds.Path("002")));
        var elsewhere = await Host.ScopeOfAsync(await Host.CreateUserAsync("cb.hoaan", "UnitOfficer", "tq.hoaan.ubnd"));
        await Assert.ThrowsAsync<ForbiddenException>(() => ExportAsync("83-KH/TU", scope: elsewhere));
    }

    [Fact]
    public async Task Should_name_units_by_identifier_code_and_place_them_by_it_before_the_unit_code()
    {
        await ImportAsync(Host, "002.txt", await File.ReadAllBytesAsync(Seeds.Path("002")));
        var thapMuoi = await Host.UnitIdAsync("dt.tm.ubnd");
        var issuer = await Host.QueryAsync(db => db.Documents.Where(d => d.ReferenceKey == "83-kh/tu" && !d.IsPlaceholder).Select(d => d.IssuerUnitId!.Value).SingleAsync());
        var (senderCode, receiverCode) = await Host.QueryAsync(async db => (
            await db.OrgUnits.Where(u => u.Id == issuer).Select(u => u.IdentifierCode!).SingleAsync(),
            await db.OrgUnits.Where(u => u.Id == thapMuoi).Select(u => u.IdentifierCode!).SingleAsync()));
        var xml = Encoding.UTF8.GetString(await ExportAsync("83-KH/TU", [thapMuoi]));
        Assert.Contains($"<edXML:OrganId>{senderCode}</edXML:OrganId>", xml);
        Assert.Contains($"<edXML:OrganId>{receiverCode}</edXML:OrganId>", xml);

        // In the receiving installation the sender's code belongs to another unit than the one its name points to,
        // and the receiver's unit code is taken by the identifier code of a third: the identifier codes decide.
        await using var database = await Databases.CreateAsync();
        await using var other = await TestHost.CreateAsync(database);
        async Task Recode(string unit, string code)
        {
            var u = await other.QueryAsync(db => db.OrgUnits.AsNoTracking().SingleAsync(x => x.Code == unit));
            await other.RunAsync<EditOrgUnit>(e => e.HandleAsync(new EditOrgUnit.Command(u.Id, u.Name, u.ShortName, u.Version, IdentifierCode: code), UnitScope.Everything));
        }
        var issuerCode = await Host.QueryAsync(db => db.OrgUnits.Where(u => u.Id == issuer).Select(u => u.Code).SingleAsync());
        await Recode(issuerCode, "");
        await Recode("dt.sngv", senderCode);
        var withUnitCode = xml.Replace($"<edXML:OrganId>{receiverCode}</edXML:OrganId>", "<edXML:OrganId>dt.tm.ubnd</edXML:OrganId>");
        await Recode("dt.tm.ubnd", "");
        await Recode("dt.tm.hu", "000.00.00.H88");
        var result = await ImportAsync(other, "83-KH-TU.edxml", Encoding.UTF8.GetBytes(withUnitCode.Replace("<edXML:OrganId>dt.tm.ubnd</edXML:OrganId>", "<edXML:OrganId>000.00.00.H88</edXML:OrganId>")));

        Assert.Equal(await other.UnitIdAsync("dt.tm.hu"), Assert.Single(result.Receivers!).UnitId);
        var arrived = await other.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.ReferenceKey == "83-kh/tu" && !d.IsPlaceholder));
        Assert.Equal(await other.UnitIdAsync("dt.sngv"), arrived.IssuerUnitId);

        // A package naming a unit by its unit code (a unit without an identifier code) still finds it.
        await using var third = await Databases.CreateAsync();
        await using var plain = await TestHost.CreateAsync(third);
        var byUnitCode = await ImportAsync(plain, "83-KH-TU.edxml", Encoding.UTF8.GetBytes(withUnitCode));
        Assert.Equal(await plain.UnitIdAsync("dt.tm.ubnd"), Assert.Single(byUnitCode.Receivers!).UnitId);
    }
}

public sealed class EdXmlExchangeTests_Sqlite(SqliteDatabases d) : EdXmlExchangeTests(d), IClassFixture<SqliteDatabases>;
public sealed class EdXmlExchangeTests_Postgres(PostgresDatabases d) : EdXmlExchangeTests(d), IClassFixture<PostgresDatabases>;
