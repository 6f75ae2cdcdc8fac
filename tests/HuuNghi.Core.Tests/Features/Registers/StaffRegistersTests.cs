using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Registers;
using HuuNghi.Core.Features.Registers.Budget;
using HuuNghi.Core.Features.Registers.Commendations;
using HuuNghi.Core.Features.Registers.Officers;
using HuuNghi.Documents.Writing.Xlsx;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Registers;

/// <summary>The budget, commendations and officers registers: their fields, rules and workbooks.</summary>
public abstract class StaffRegistersTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private static Dictionary<string, string?> Budget(string year = "2023", string planned = "50.000.000", string? spent = "46.500.000") => new()
    {
        ["Year"] = year, ["Source"] = "xã hội hóa", ["Planned"] = planned, ["Spent"] = spent, ["Currency"] = "VND", ["Purpose"] = "Đón tiếp đoàn nước ngoài",
    };

    private static Dictionary<string, string?> Officer(string from = "01/08/2021", string? to = null) => new()
    {
        ["FullName"] = "Nguyễn Văn An", ["Position"] = "Chuyên viên", ["Time"] = "Kiêm nhiệm", ["TrainedInForeignAffairs"] = "Có",
        ["Languages"] = "Tiếng Anh", ["Date"] = from, ["EndDate"] = to,
    };

    [Fact]
    public async Task Should_date_a_budget_line_on_the_first_day_of_its_year()
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var id = await Host.RecordAsync("budget", unit, Budget());
        var saved = await Host.QueryAsync(db => db.BudgetLines.SingleAsync(l => l.Id == id));
        Assert.Equal((2023, new DateOnly(2023, 1, 1), BudgetSource.Socialised, 50_000_000m, (decimal?)46_500_000m, "VND"),
            (saved.Year, saved.Date, saved.Source, saved.Planned, saved.Spent, saved.Currency));
    }

    [Theory]
    [InlineData("23")]
    [InlineData("20230")]
    public async Task Should_refuse_a_year_that_is_a_typing_slip_in_both_languages(string year)
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RecordAsync("budget", unit, Budget(year: year)));
        var message = Assert.Single(error.Errors["Year"]);
        Assert.Equal(("Năm phải từ 1990 đến 2100.", "The year must be between 1990 and 2100."), (message.Vi, message.En));
        Assert.Equal(0, await Host.QueryAsync(db => db.BudgetLines.CountAsync()));
    }

    [Fact]
    public async Task Should_refuse_a_negative_amount_and_keep_spent_empty_when_not_given()
    {
        var unit = await Host.UnitIdAsync("qng.bs.ubnd");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RecordAsync("budget", unit, Budget(planned: "-5")));
        Assert.Contains("không được âm", Assert.Single(error.Errors["Planned"]).Vi);
        var id = await Host.RecordAsync("budget", unit, Budget(spent: null));
        Assert.Null(await Host.QueryAsync(db => db.BudgetLines.Where(l => l.Id == id).Select(l => l.Spent).SingleAsync()));
    }

    [Fact]
    public async Task Should_record_a_commendation_to_a_collective()
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var id = await Host.RecordAsync("commendations", unit, new()
        {
            ["DecisionReference"] = "35/QĐ-UBND", ["Date"] = "10/01/2024", ["Form"] = "Bằng khen", ["Recipient"] = "Hội Liên hiệp Phụ nữ huyện",
            ["IsCollective"] = "Có", ["Reason"] = "Thành tích trong công tác đối ngoại nhân dân", ["IssuedBy"] = "UBND huyện Tháp Mười",
        });
        var saved = await Host.QueryAsync(db => db.Commendations.SingleAsync(c => c.Id == id));
        Assert.Equal((CommendationForm.CertificateOfMerit, true, new DateOnly(2024, 1, 10)), (saved.Form, saved.IsCollective, saved.Date));
    }

    [Fact]
    public async Task Should_refuse_a_commendation_without_recipient_or_with_an_unknown_form()
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RecordAsync("commendations", unit, new()
        {
            ["DecisionReference"] = "35/QĐ-UBND", ["Date"] = "10/01/2024", ["Form"] = "Cúp vàng", ["Reason"] = "Thành tích",
        }));
        Assert.Equal("Cá nhân, tập thể được khen: bắt buộc nhập.", Assert.Single(error.Errors["Recipient"]).Vi);
        Assert.Contains("Kỷ niệm chương", Assert.Single(error.Errors["Form"]).Vi);
    }

    [Fact]
    public async Task Should_record_an_officer_and_refuse_an_end_before_the_start()
    {
        var unit = await Host.UnitIdAsync("qng.bs.ubnd");
        var id = await Host.RecordAsync("officers", unit, Officer());
        var saved = await Host.QueryAsync(db => db.Officers.SingleAsync(o => o.Id == id));
        Assert.Equal((OfficerTime.PartTime, true, "Tiếng Anh", (DateOnly?)null), (saved.Time, saved.TrainedInForeignAffairs, saved.Languages, saved.EndDate));
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RecordAsync("officers", unit, Officer(to: "31/07/2021")));
        Assert.Contains("cannot be before the start", Assert.Single(error.Errors["EndDate"]).En);
    }

    [Fact]
    public async Task Should_import_budget_rows_by_labels_and_name_the_bad_year()
    {
        XlsxValue[] Row(long year) =>
            [XlsxValue.Text("tn.ubnd"), XlsxValue.Integer(year), XlsxValue.Text("Ngân sách"), XlsxValue.Money(300_000_000m), XlsxValue.Text("VND"), XlsxValue.Text("Giao lưu hữu nghị")];
        var sheet = Workbooks.Sheet(["Mã đơn vị", "Năm", "Nguồn kinh phí", "Dự toán", "Tiền tệ", "Nội dung chi"], [Row(2024), Row(224), Row(2025)]);

        var result = await Host.ImportAsync("budget", sheet);

        Assert.Equal(2, result.Stored);
        var bad = Assert.Single(result.Rejected);
        Assert.Equal(3, bad.Row);
        Assert.Contains("The year must be between 1990 and 2100.", bad.Errors.Select(e => e.En));
        Assert.Equal([2024, 2025], await Host.QueryAsync(db => db.BudgetLines.OrderBy(l => l.Year).Select(l => l.Year).ToListAsync()));
    }

    [Fact]
    public void Should_show_a_budget_year_without_a_thousands_separator()
    {
        var year = RegisterCatalog.Get("budget").Field("Year")!;
        Assert.Equal("2023", FieldValues.Display(year, 2023L));
        Assert.Equal("2.023", FieldValues.Display(RegisterCatalog.Get("trainings").Field("Participants")!, 2023L));
    }
}

public sealed class StaffRegistersTests_Sqlite(SqliteDatabases d) : StaffRegistersTests(d), IClassFixture<SqliteDatabases>;
public sealed class StaffRegistersTests_Postgres(PostgresDatabases d) : StaffRegistersTests(d), IClassFixture<PostgresDatabases>;
