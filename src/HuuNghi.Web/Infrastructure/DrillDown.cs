namespace HuuNghi.Web.Infrastructure;

/// <summary>
/// Where a figure's rows are: the register list filtered by the unit's subtree and the period. Flows (visits,
/// disbursements, trainings) are the rows dated in the period; stocks (projects under way, agreements in force,
/// citizens abroad) rest on rows dated up to the period's end, so their link keeps only the end date.
/// </summary>
public static class DrillDown
{
    private static readonly (string Prefix, string Register)[] Registers =
    [
        ("delegations-in.", "delegations-in"), ("delegations-out.", "delegations-out"), ("aid-projects.", "aid-projects"),
        ("aid.", "aid-disbursements"), ("agreements.", "agreements"), ("overseas-events.", "overseas-events"),
        ("information.", "information-activities"), ("trainings.", "trainings"), ("citizens-abroad.", "citizens-abroad"),
    ];

    private static readonly string[] Stocks = ["aid-projects.active", "agreements.in-force", "agreements.expiring-90d"];

    /// <summary>The register list for an indicator code; null for a code no register holds.</summary>
    public static string? Link(string code, int unitId, DateOnly from, DateOnly to)
    {
        var register = Registers.FirstOrDefault(r => code.StartsWith(r.Prefix, StringComparison.Ordinal)).Register;
        if (register is null) return null;
        var stock = Stocks.Contains(code) || code.StartsWith("citizens-abroad.", StringComparison.Ordinal);
        return stock
            ? $"/Registers?register={register}&unit={unitId}&to={to:yyyy-MM-dd}"
            : $"/Registers?register={register}&unit={unitId}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
    }
}
