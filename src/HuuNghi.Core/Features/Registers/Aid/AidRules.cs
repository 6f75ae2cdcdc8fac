using System.Globalization;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers.Aid;

/// <summary>The money rules projects and their transactions share.</summary>
internal static class AidRules
{
    public static void RateMatchesCurrency(Validation check, string currency, decimal rate)
    {
        if (currency == Currencies.Dong)
            check.Require(rate == 1, "ExchangeRate", "Số tiền bằng đồng thì tỷ giá là 1.", "An amount in đồng has rate 1.");
        else
            check.Require(rate > 0, "ExchangeRate", $"Cần tỷ giá quy đổi {currency} sang đồng.", $"A rate from {currency} to đồng is required.");
    }

    /// <summary>
    /// Actual disbursements of a project in đồng as they will stand after this save: the saved ones, with any
    /// tracked in this context (the row being checked, earlier rows of an import) taking their new values.
    /// </summary>
    public static async Task<decimal> DisbursedVndAsync(HuuNghiDbContext db, int projectId, CancellationToken ct)
    {
        var tracked = db.ChangeTracker.Entries<AidTransaction>()
            .Where(e => e.State != EntityState.Deleted && e.Entity.ProjectId == projectId).Select(e => e.Entity).ToList();
        var trackedIds = tracked.Select(t => t.Id).Where(id => id != 0).ToList();
        // Money is summed here, not in SQL: SQLite stores decimals as text, and a project has few transactions.
        var saved = await db.Set<AidTransaction>().AsNoTracking()
            .Where(t => t.ProjectId == projectId && t.Kind == AidTransactionKind.Disbursement && !trackedIds.Contains(t.Id))
            .Select(t => new { t.Amount, t.ExchangeRate }).ToListAsync(ct);
        return saved.Sum(s => s.Amount * s.ExchangeRate)
            + tracked.Where(t => t.Kind == AidTransactionKind.Disbursement && t.DeletedAt is null).Sum(t => t.AmountVnd);
    }

    public static string Dong(decimal amount) =>
        Math.Round(amount, 0).ToString("#,##0", CultureInfo.GetCultureInfo("vi-VN")) + " đồng";
}
