using HuuNghi.Core.Common;
using System.Text.RegularExpressions;
using HuuNghi.Core.Features.Registers;
using static HuuNghi.Core.Features.Indicators.Measures;

namespace HuuNghi.Core.Features.Indicators;

/// <summary>
/// The codes <see cref="ComputeIndicators"/> answers, so a regime can be checked when it is set up rather than when
/// its first report comes out empty. A test keeps this list and the computation in step.
/// </summary>
public static partial class IndicatorCatalog
{
    /// <summary>Every fixed indicator: its code, name and measure. The computation takes its names from here, so a page can
    /// name an indicator (in a regime, a version, a consolidation header) without computing it.</summary>
    private static readonly IReadOnlyList<(string Code, Localized Name, Localized Unit)> Fixed =
    [
        ("delegations-in.visits", new("Số lượt đoàn vào", "Inbound delegation visits"), Visits),
        ("delegations-in.people", new("Số người trong các đoàn vào", "People in inbound delegations"), People),
        ("delegations-out.visits", new("Số lượt đoàn ra", "Outbound delegation visits"), Visits),
        ("delegations-out.people", new("Số người trong các đoàn ra", "People in outbound delegations"), People),
        ("aid-projects.active", new("Dự án viện trợ đang thực hiện", "Aid projects under way"), Projects),
        ("aid-projects.committed-vnd", new("Vốn viện trợ cam kết mới", "New aid committed"), Dong),
        ("aid.disbursed-vnd", new("Vốn viện trợ đã giải ngân", "Aid disbursed"), Dong),
        ("aid.planned-vnd", new("Vốn viện trợ kế hoạch giải ngân", "Aid planned for disbursement"), Dong),
        ("agreements.signed", new("Thỏa thuận hợp tác ký trong kỳ", "Agreements signed"), AgreementTexts),
        ("agreements.in-force", new("Thỏa thuận hợp tác còn hiệu lực cuối kỳ", "Agreements in force at period end"), AgreementTexts),
        ("agreements.expiring-90d", new("Thỏa thuận hết hiệu lực trong 90 ngày sau cuối kỳ", "Agreements expiring within 90 days of period end"), AgreementTexts),
        ("overseas-events.count", new("Hoạt động với người Việt Nam ở nước ngoài", "Overseas Vietnamese events"), Activities),
        ("overseas-events.participants", new("Lượt kiều bào tham dự", "Overseas Vietnamese taking part"), People),
        ("information.activities", new("Hoạt động thông tin, văn hóa đối ngoại", "Information and cultural activities"), Activities),
        ("information.reach", new("Lượt tiếp cận thông tin đối ngoại", "Information reach"), Visits),
        ("information.groups", new("Số đoàn khách tham quan", "Visiting groups"), new("đoàn", "groups")),
        ("information.visitors", new("Lượt khách tham quan", "Visitors"), Visits),
        ("trainings.courses", new("Khóa đào tạo, bồi dưỡng", "Training courses"), Courses),
        ("trainings.participants", new("Lượt cán bộ được đào tạo, bồi dưỡng", "Officers trained"), People),
        ("budget.allocated-vnd", new("Kinh phí bố trí", "Budget allocated"), Dong),
        ("budget.spent-vnd", new("Kinh phí đã thực hiện", "Budget spent"), Dong),
        ("budget.spent-rate", new("Tỷ lệ kinh phí đã thực hiện trên kinh phí bố trí", "Budget spent as a share of allocated"), Percent),
        ("commendations.total", new("Lượt khen thưởng về công tác đối ngoại nhân dân", "Commendations for people-to-people diplomacy"), Awards),
        ("commendations.collectives", new("Lượt khen thưởng tập thể", "Commendations to collectives"), Awards),
        .. ComputeIndicators.CommendationForms.Select(f => (f.Code, new Localized(f.Vi, f.En), Awards)),
        ("officers.total", new("Cán bộ làm công tác đối ngoại nhân dân", "People-to-people diplomacy officers"), Officers),
        ("officers.full-time", new("Cán bộ chuyên trách", "Full-time officers"), Officers),
        ("officers.part-time", new("Cán bộ kiêm nhiệm", "Part-time officers"), Officers),
        ("officers.foreign-language", new("Cán bộ biết ngoại ngữ", "Officers with a foreign language"), Officers),
        ("officers.trained", new("Cán bộ đã qua bồi dưỡng nghiệp vụ đối ngoại", "Officers trained in foreign affairs"), Officers),
        ("officers.turnover", new("Cán bộ nhận hoặc thôi nhiệm vụ trong kỳ", "Officers who started or left in the period"), Officers),
        ("citizens-abroad.total", new("Công dân làm việc, học tập ở nước ngoài", "Citizens working or studying abroad"), People),
        ("citizens-abroad.work", new("Công dân đi lao động ở nước ngoài", "Citizens working abroad"), People),
        ("citizens-abroad.study", new("Công dân đi học tập ở nước ngoài", "Citizens studying abroad"), People),
    ];

    private static readonly Dictionary<string, (Localized Name, Localized Unit)> ByCode = Fixed.ToDictionary(f => f.Code, f => (f.Name, f.Unit));

    public static readonly IReadOnlyList<string> FixedCodes = [.. Fixed.Select(f => f.Code)];

    /// <summary>A fixed indicator with its value.</summary>
    internal static Indicator Of(string code, decimal value) => new(code, ByCode[code].Name, value, ByCode[code].Unit);

    /// <summary>A fixed code, or citizens abroad in one country ("citizens-abroad.JP").</summary>
    public static bool IsKnown(string code) =>
        FixedCodes.Contains(code) || (CountryCode().Match(code) is { Success: true } m && Countries.ByCode(m.Groups[1].Value) is not null);

    /// <summary>Name and measure of a code, with no value: a fixed one, or a per-country one the period has no rows for (the computation lists only countries it saw).</summary>
    public static Indicator? Describe(string code) =>
        ByCode.TryGetValue(code, out var known) ? new Indicator(code, known.Name, 0, known.Unit)
        : CountryCode().Match(code) is { Success: true } m && Countries.ByCode(m.Groups[1].Value) is not null
            ? new Indicator(code, new($"Công dân ở {Countries.Name(m.Groups[1].Value)}", $"Citizens in {Countries.Name(m.Groups[1].Value, english: true)}"), 0, People)
            : null;

    [GeneratedRegex(@"^citizens-abroad\.([A-Z]{2})$")]
    private static partial Regex CountryCode();
}
