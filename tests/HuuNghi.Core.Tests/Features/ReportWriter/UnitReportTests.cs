using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Registers.Delegations;
using HuuNghi.Core.Features.Registers.Partners;
using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using HuuNghi.Core.Tests.Features.Registers;
using HuuNghi.Documents.Writing.Xlsx;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.ReportWriter;

public abstract class UnitReportTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    [Fact]
    public async Task Should_write_Thap_Muois_2023_report_with_the_seeds_figures_and_the_organisations_footnoted()
    {
        var world = await ReportWorld.CreateAsync(Host);

        var docx = await world.WriteAsync(world.DongThapRequest, world.ThapMuoi, ReportFormat.Docx);
        var text = ReportWorld.TextOf(docx);

        Assert.Contains("Tiếp và làm việc với 20 lượt đoàn nước ngoài", text);
        Assert.Contains("của 16 tổ chức", text);
        Assert.Contains("Rikolto (03 lượt)", text);
        Assert.Contains("Hội Thiện nguyện SAP-VN (02 lượt)", text);
        Assert.Contains("(16) AgriPure Holdings Public Company", text);
        Assert.Contains("Quản lý 125 trường hợp công dân địa phương", text);
        Assert.Contains("Nhật Bản là 107; Hàn Quốc là 18", text);
        Assert.Contains("Trên địa bàn có 02 dự án", text);
        Assert.Contains("do Habitat for Humanity Vietnam tài trợ", text);
        Assert.Contains("do Seed to Table tài trợ", text);
        Assert.Contains("302 đoàn, 7.136 người, khoảng 775.000 lượt khách", text);
        // The officer's own text for the other sections came with the submission.
        Assert.Contains("Một số cơ quan chưa phối hợp chặt chẽ", text);
    }

    [Fact]
    public async Task Should_read_back_its_own_kind_reference_date_issuer_title_addressees_signer_and_distribution()
    {
        var world = await ReportWorld.CreateAsync(Host);

        var parsed = ReportWorld.Parse(await world.WriteAsync(world.DongThapRequest, world.ThapMuoi, ReportFormat.Docx));

        Assert.Equal("report", parsed.Kind);
        Assert.Equal("BC-UBND", parsed.Symbol);
        Assert.Equal("2024-01-17", parsed.IssuedOn);
        Assert.Equal("Tháp Mười", parsed.Place);
        Assert.Contains("ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI", parsed.Issuer!.ToUpperInvariant());
        Assert.StartsWith("Kết quả thực hiện Kế hoạch số 313/KH-UBND", parsed.Title);
        Assert.Equal(["Sở Ngoại vụ tỉnh Đồng Tháp"], parsed.Addressees);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN"], parsed.Signer!.Authority);
        Assert.Equal("CHỦ TỊCH", parsed.Signer.Position);
        Assert.Equal("Đoàn Thanh Bình", parsed.Signer.Name);
        Assert.Equal("Như trên", parsed.Distribution[0]);
        Assert.Equal("Lưu: VT, NC(T)", parsed.Distribution[^1]);
    }

    [Fact]
    public async Task Should_keep_a_submitted_report_as_it_was_sent_while_a_new_draft_sees_the_registers_move_on()
    {
        var world = await ReportWorld.CreateAsync(Host);
        await Host.RecordAsync("delegations-in", world.ThapMuoi, RegisterInput.Delegation(date: "10/06/2023", partner: "Tổ chức Mới"));

        var sealedReport = await world.ComposeAsync(world.DongThapRequest, world.ThapMuoi);
        Assert.True(sealedReport.Sealed);
        Assert.Equal(20, sealedReport.Content.Facts.Visits.Sum(v => v.Visits));

        // A return opens version 2, written from today's registers.
        var submission = await Host.QueryAsync(db => db.Submissions.SingleAsync(s => s.RequestId == world.DongThapRequest && s.OrgUnitId == world.ThapMuoi));
        await Host.RunAsync<ReturnSubmission>(r => r.HandleAsync(new ReturnSubmission.Command(submission.Id, submission.Version, "Bổ sung số liệu"), UnitScope.Everything));
        await Host.RunAsync<StartDraft, StartDraft.Started>(s => s.HandleAsync(new StartDraft.Command(world.DongThapRequest, world.ThapMuoi), UnitScope.Everything));

        var draft = await world.ComposeAsync(world.DongThapRequest, world.ThapMuoi);
        Assert.False(draft.Sealed);
        Assert.Equal(21, draft.Content.Facts.Visits.Sum(v => v.Visits));
        Assert.Equal(20, (await world.ComposeAsync(world.DongThapRequest, world.ThapMuoi, version: 1)).Content.Facts.Visits.Sum(v => v.Visits));
        // The officer's text carries over to the new draft.
        Assert.Contains("phối hợp chặt chẽ", draft.Content.Sections[2].Text);
    }

    [Fact]
    public async Task Should_store_the_officers_text_per_section_and_seal_it_on_submission()
    {
        var world = await ReportWorld.CreateAsync(Host);
        var request = await Host.QueryAsync(db => db.ReportRequests.Where(r => r.ReceiverId == db.OrgUnits.Single(u => u.Code == "dt.sngv").Id && r.PeriodKey == "2024").Select(r => r.Id).SingleAsync());
        var draft = await Host.RunAsync<StartDraft, StartDraft.Started>(s => s.HandleAsync(new StartDraft.Command(request, world.ThapMuoi), UnitScope.Everything));
        var suggested = (await world.ComposeAsync(request, world.ThapMuoi)).Content.Sections;
        Assert.Contains("313/KH-UBND", suggested[0].Text); // the deployment draft cites the plan
        // Gò Tháp's year-long 2023 count began in 2023's window; 2024's window (from 15/12/2023) does not count it again.
        Assert.Empty((await world.ComposeAsync(request, world.ThapMuoi)).Content.Facts.Information);

        string[] narratives = ["Đã quán triệt.", "", "- Thiếu cán bộ chuyên trách.", "1. Tiếp tục thực hiện Kế hoạch."];
        await Host.RunAsync<SaveDraft>(s => s.HandleAsync(new SaveDraft.Command(draft.SubmissionId, draft.Number, "", null, new Dictionary<string, decimal>(), narratives), UnitScope.Everything));
        var seen = await Host.QueryAsync(db => db.Submissions.Where(s => s.Id == draft.SubmissionId).Select(s => s.Version).SingleAsync());
        await Host.RunAsync<SubmitReport>(s => s.HandleAsync(new SubmitReport.Command(draft.SubmissionId, seen), UnitScope.Everything));

        var sent = await world.ComposeAsync(request, world.ThapMuoi);
        Assert.True(sent.Sealed);
        Assert.Equal("- Thiếu cán bộ chuyên trách.", sent.Content.Sections[2].Text);
        var edit = await Assert.ThrowsAsync<ConflictException>(() => Host.RunAsync<SaveDraft>(s =>
            s.HandleAsync(new SaveDraft.Command(draft.SubmissionId, draft.Number, "", null, new Dictionary<string, decimal>(), ["x", "", "", ""]), UnitScope.Everything)));
        Assert.Contains("không thể sửa", edit.Localized.Vi);
    }

    [Fact]
    public async Task Should_refuse_texts_that_do_not_match_the_template()
    {
        var world = await ReportWorld.CreateAsync(Host);
        var request = await Host.QueryAsync(db => db.ReportRequests.Where(r => r.SourceReference == null && r.PeriodKey == "2024" && r.ReceiverId == db.OrgUnits.Single(u => u.Code == "dt.sngv").Id).Select(r => r.Id).SingleAsync());
        var draft = await Host.RunAsync<StartDraft, StartDraft.Started>(s => s.HandleAsync(new StartDraft.Command(request, world.ThapMuoi), UnitScope.Everything));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RunAsync<SaveDraft>(s =>
            s.HandleAsync(new SaveDraft.Command(draft.SubmissionId, draft.Number, "", null, new Dictionary<string, decimal>(), ["chỉ một phần"]), UnitScope.Everything)));
        Assert.Contains("4 phần theo mẫu", error.Localized.Vi);
    }

    [Fact]
    public async Task Should_say_in_words_that_nothing_was_recorded_and_never_print_zero_for_it()
    {
        var world = await ReportWorld.CreateAsync(Host);
        var front = await Host.UnitIdAsync("dt.mttq");

        var composed = await world.ComposeAsync(world.DongThapRequest, front);
        var text = ReportWorld.TextOf(await world.WriteAsync(world.DongThapRequest, front, ReportFormat.Docx));

        Assert.True(composed.Content.Facts.IsEmpty);
        Assert.Contains("chưa ghi nhận hoạt động đối ngoại nào", text);
        Assert.DoesNotContain(" 0 ", text);
        Assert.DoesNotContain(" 00 ", text);
        Assert.All(composed.Content.Figures, f => Assert.Null(f.Value));
        Assert.Contains("Chưa ghi nhận", text); // the figures table says it in words too
        // The Front has no signer set: the report is still written, and the writer says why the name is blank.
        Assert.Contains(composed.Warnings, w => w.Vi.StartsWith("Chưa cấu hình người ký"));
    }

    [Fact]
    public async Task Should_print_a_zero_that_was_recorded_as_zero()
    {
        var world = await ReportWorld.CreateAsync(Host);
        var front = await Host.UnitIdAsync("dt.mttq");
        await Host.RecordAsync("citizens-abroad", front, new() { ["Date"] = "01/06/2023", ["Country"] = "Nhật Bản", ["Purpose"] = "Lao động", ["Count"] = "0" });

        var text = ReportWorld.TextOf(await world.WriteAsync(world.DongThapRequest, front, ReportFormat.Docx));

        Assert.Contains("Nhật Bản là 00", text);
    }

    [Fact]
    public async Task Should_footnote_five_hundred_organisations_in_one_valid_document()
    {
        var world = await ReportWorld.CreateAsync(Host);
        var front = await Host.UnitIdAsync("dt.mttq");
        // Written straight to the tables: the partner directory would (rightly) question 500 names this alike.
        await Host.QueryAsync(async db =>
        {
            for (var i = 1; i <= 500; i++)
                db.Add(new Delegation
                {
                    Direction = DelegationDirection.Inbound, OrgUnitId = front, Date = new DateOnly(2023, 3, 10), People = 2, Purpose = "Khảo sát",
                    Partner = new Partner { Name = $"Tổ chức thử nghiệm số {i}", Key = PartnerKey.Of($"Tổ chức thử nghiệm số {i}") },
                });
            return await db.SaveChangesAsync();
        });

        var docx = await world.WriteAsync(world.DongThapRequest, front, ReportFormat.Docx);
        var text = ReportWorld.TextOf(docx);

        Assert.Contains("500 lượt đoàn nước ngoài", text);
        Assert.Contains("(500) Tổ chức thử nghiệm số 500", text);
        Assert.Equal("report", ReportWorld.Parse(docx).Kind);
    }

    [Fact]
    public async Task Should_write_characters_Times_New_Roman_lacks_and_say_where_they_are()
    {
        var world = await ReportWorld.CreateAsync(Host);
        var front = await Host.UnitIdAsync("dt.mttq");
        await Host.RecordAsync("delegations-in", front, RegisterInput.Delegation(date: "10/03/2023", partner: "Sở Văn hóa tỉnh Prey Veng (ខេត្តព្រៃវែង)"));

        var docx = await world.WriteAsync(world.DongThapRequest, front, ReportFormat.Docx);

        Assert.Contains("ខេត្តព្រៃវែង", ReportWorld.TextOf(docx));
        var warning = Assert.Single(docx.Warnings, w => w.Vi.Contains("Times New Roman"));
        Assert.Contains("Chú thích", warning.Vi);
        Assert.Contains("Khmer", warning.En);
    }

    [Fact]
    public async Task Should_export_the_figures_and_lists_as_a_workbook()
    {
        var world = await ReportWorld.CreateAsync(Host);

        var xlsx = await world.WriteAsync(world.DongThapRequest, world.ThapMuoi, ReportFormat.Xlsx);

        var figures = XlsxWorkbook.Read(xlsx.Content, "Số liệu");
        Assert.Contains(figures.Rows, r => r[2].TextValue == "delegations-in.visits" && r[4].NumberValue == 20);
        Assert.Contains(figures.Rows, r => r[2].TextValue == "citizens-abroad.total" && r[4].NumberValue == 125);
        var visits = XlsxWorkbook.Read(xlsx.Content, "Đoàn vào");
        Assert.Equal(16, visits.Rows.Count);
        Assert.Contains(visits.Rows, r => r[0].TextValue == "Rikolto" && r[2].NumberValue == 3);
    }

    [Fact]
    public async Task Should_not_let_one_district_read_anothers_report()
    {
        var world = await ReportWorld.CreateAsync(Host);
        var binhSon = await Host.ScopeOfAsync(await Host.CreateUserAsync("binhson.officer", Roles.UnitOfficer, "qng.bs"));

        await Assert.ThrowsAsync<ForbiddenException>(() => world.ComposeAsync(world.DongThapRequest, world.ThapMuoi, scope: binhSon));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.WriteAsync(world.DongThapRequest, world.ThapMuoi, ReportFormat.Docx, binhSon));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.WriteAsync(world.DongThapRequest, null, ReportFormat.Docx, binhSon));
    }

    [Fact]
    public async Task Should_refuse_an_unknown_request_a_unit_not_asked_and_an_unknown_format()
    {
        var world = await ReportWorld.CreateAsync(Host);

        await Assert.ThrowsAsync<NotFoundException>(() => world.ComposeAsync(999_999, world.ThapMuoi));
        await Assert.ThrowsAsync<NotFoundException>(() => world.ComposeAsync(world.DongThapRequest, world.BinhSon));
        await Assert.ThrowsAsync<NotFoundException>(() => world.ComposeAsync(world.DongThapRequest, world.ThapMuoi, version: 7));
        var format = Assert.Throws<ValidationFailedException>(() => WriteReport.FormatOf("bao-cao.odt"));
        Assert.Contains("DOCX, PDF hoặc XLSX", format.Localized.Vi);
    }
}

public sealed class UnitReportTests_Sqlite(SqliteDatabases d) : UnitReportTests(d), IClassFixture<SqliteDatabases>;
public sealed class UnitReportTests_Postgres(PostgresDatabases d) : UnitReportTests(d), IClassFixture<PostgresDatabases>;
