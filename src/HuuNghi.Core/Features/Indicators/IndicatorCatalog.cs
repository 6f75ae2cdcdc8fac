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
    public static readonly IReadOnlyList<string> FixedCodes =
    [
        "delegations-in.visits", "delegations-in.people", "delegations-out.visits", "delegations-out.people",
        "aid-projects.active", "aid-projects.committed-vnd", "aid.disbursed-vnd", "aid.planned-vnd",
        "agreements.signed", "agreements.in-force", "agreements.expiring-90d",
        "overseas-events.count", "overseas-events.participants",
        "information.activities", "information.reach", "information.groups", "information.visitors",
        "trainings.courses", "trainings.participants",
        "budget.allocated-vnd", "budget.spent-vnd", "budget.spent-rate",
        "commendations.total", "commendations.collectives", "commendations.certificate-of-merit", "commendations.letter",
        "commendations.order", "commendations.medal", "commendations.commemorative-medal", "commendations.other",
        "officers.total", "officers.full-time", "officers.part-time", "officers.foreign-language", "officers.trained", "officers.turnover",
        "citizens-abroad.total", "citizens-abroad.work", "citizens-abroad.study",
    ];

    /// <summary>A fixed code, or citizens abroad in one country ("citizens-abroad.JP").</summary>
    public static bool IsKnown(string code) =>
        FixedCodes.Contains(code) || (CountryCode().Match(code) is { Success: true } m && Countries.ByCode(m.Groups[1].Value) is not null);

    /// <summary>Name and measure of a per-country code the period has no rows for (the computation lists only countries it saw).</summary>
    public static Indicator? Describe(string code) =>
        CountryCode().Match(code) is { Success: true } m && Countries.ByCode(m.Groups[1].Value) is not null
            ? new Indicator(code, new($"Công dân ở {Countries.Name(m.Groups[1].Value)}", $"Citizens in {Countries.Name(m.Groups[1].Value, english: true)}"), 0, People)
            : null;

    [GeneratedRegex(@"^citizens-abroad\.([A-Z]{2})$")]
    private static partial Regex CountryCode();
}
