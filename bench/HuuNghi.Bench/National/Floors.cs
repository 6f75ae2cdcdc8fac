using System.Data.Common;
using System.Globalization;
using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Bench.National;

/// <summary>
/// Hand-written SQL for the same answers the app's use cases give: the floor each benchmark is measured against.
/// Plain SQL that both SQLite and PostgreSQL run (dates are ISO text in SQLite, so comparisons hold in both).
/// The tests check these give the app's answers on the generated data; that is what makes a ratio honest.
/// </summary>
public sealed class Floors(HuuNghiDbContext db)
{
    // The unit's subtree over a period: every link and unit alive at some point in it. On the generated tree
    // (one move per commune, within the same province) this is exactly the app's "as it stood then".
    private const string Subtree = """
        WITH RECURSIVE sub(id) AS (
          SELECT @root
          UNION
          SELECT l."ChildId" FROM "OrgUnitParentLinks" l
          JOIN sub ON l."ParentId" = sub.id
          JOIN "OrgUnits" u ON u."Id" = l."ChildId"
          WHERE (l."ValidFrom" IS NULL OR l."ValidFrom" <= @to) AND (l."ValidTo" IS NULL OR l."ValidTo" >= @from)
            AND (u."ValidFrom" IS NULL OR u."ValidFrom" <= @to) AND (u."ValidTo" IS NULL OR u."ValidTo" >= @from))
        """;

    /// <summary>The indicators' register figures that are plain sums over the period (15 of them), in one statement.</summary>
    public async Task<Dictionary<string, decimal>> IndicatorsAsync(int root, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        const string InPeriod = "\"OrgUnitId\" IN (SELECT id FROM sub) AND \"Date\" >= @from AND \"Date\" <= @to AND \"DeletedAt\" IS NULL";
        var sql = Subtree + $"""

            SELECT 'delegations-in.visits', COUNT(*), COALESCE(SUM("People"), 0) FROM "Delegations" WHERE "Direction" = 'Inbound' AND {InPeriod}
            UNION ALL SELECT 'delegations-out.visits', COUNT(*), COALESCE(SUM("People"), 0) FROM "Delegations" WHERE "Direction" = 'Outbound' AND {InPeriod}
            UNION ALL SELECT 'overseas-events.count', COUNT(*), COALESCE(SUM("Participants"), 0) FROM "OverseasEvents" WHERE {InPeriod}
            UNION ALL SELECT 'trainings.courses', COUNT(*), COALESCE(SUM("Participants"), 0) FROM "Trainings" WHERE {InPeriod}
            UNION ALL SELECT 'information.activities', COUNT(*), COALESCE(SUM("Reach"), 0) FROM "InformationActivities" WHERE {InPeriod}
            UNION ALL SELECT 'information.groups', COALESCE(SUM("Groups"), 0), COALESCE(SUM("Visitors"), 0) FROM "InformationActivities" WHERE {InPeriod}
            UNION ALL SELECT 'agreements.signed', COUNT(*), 0 FROM "CooperationAgreements" WHERE {InPeriod}
            UNION ALL SELECT 'aid.disbursed-vnd', COALESCE(SUM("Amount" * "ExchangeRate"), 0), 0 FROM "AidTransactions" WHERE "Kind" = 'Disbursement' AND {InPeriod}
            UNION ALL SELECT 'aid.planned-vnd', COALESCE(SUM("Amount" * "ExchangeRate"), 0), 0 FROM "AidTransactions" WHERE "Kind" = 'PlannedDisbursement' AND {InPeriod}
            """;
        var result = new Dictionary<string, decimal>();
        await foreach (var r in QueryAsync(sql, ct, ("root", root), ("from", from), ("to", to)))
        {
            var code = (string)r[0];
            var (a, b) = (Dec(r[1]), Dec(r[2]));
            switch (code)
            {
                case "delegations-in.visits": result[code] = a; result["delegations-in.people"] = b; break;
                case "delegations-out.visits": result[code] = a; result["delegations-out.people"] = b; break;
                case "overseas-events.count": result[code] = a; result["overseas-events.participants"] = b; break;
                case "trainings.courses": result[code] = a; result["trainings.participants"] = b; break;
                case "information.activities": result[code] = a; result["information.reach"] = b; break;
                case "information.groups": result[code] = a; result["information.visitors"] = b; break;
                default: result[code] = a; break;
            }
        }
        return result;
    }

    public sealed record Rates(int Expected, int Submitted, int OnTime, int Listed);

    /// <summary>The request's reporting rates: every expected unit with its submission, in name order, counted as the app counts.</summary>
    public async Task<Rates> RatesAsync(int requestId, CancellationToken ct = default)
    {
        const string Sql = """
            SELECT e."OrgUnitId", e."NameThen", s."Status", s."SubmittedAt", u."ValidTo", r."Deadline"
            FROM "ExpectedReporters" e
            JOIN "ReportRequests" r ON r."Id" = e."RequestId"
            JOIN "OrgUnits" u ON u."Id" = e."OrgUnitId"
            LEFT JOIN "Submissions" s ON s."RequestId" = e."RequestId" AND s."OrgUnitId" = e."OrgUnitId"
            WHERE e."RequestId" = @request
            ORDER BY e."NameThen"
            """;
        int expected = 0, submitted = 0, onTime = 0, listed = 0;
        await foreach (var r in QueryAsync(Sql, ct, ("request", requestId)))
        {
            listed++;
            var deadline = Day(r[5]);
            var standing = r[2] is string status && status is "Submitted" or "Accepted" && r[3] is not DBNull;
            var closedEarly = r[4] is not DBNull && Day(r[4]) < deadline;
            if (!standing && closedEarly) continue;
            expected++;
            if (!standing) continue;
            submitted++;
            var at = Instant(r[3]);
            if (at < deadline.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-7)) onTime++;
        }
        return new Rates(expected, submitted, onTime, listed);
    }

    public sealed record Search(int Total, IReadOnlyList<int> Page);

    /// <summary>Documents whose folded text holds every folded word: the count and the first page, newest first.</summary>
    public async Task<Search> SearchAsync(IReadOnlyList<string> foldedWords, int pageSize, CancellationToken ct = default)
    {
        var where = "NOT \"IsPlaceholder\"" + string.Concat(foldedWords.Select((_, i) => $" AND \"SearchText\" LIKE @w{i}"));
        var args = foldedWords.Select((w, i) => ($"w{i}", (object)$"%{w}%")).ToArray();
        var total = 0;
        await foreach (var r in QueryAsync($"SELECT COUNT(*) FROM \"Documents\" WHERE {where}", ct, args)) total = Convert.ToInt32(r[0]);
        var page = new List<int>();
        await foreach (var r in QueryAsync($"SELECT \"Id\" FROM \"Documents\" WHERE {where} ORDER BY \"IssuedOn\" DESC, \"Id\" DESC LIMIT {pageSize}", ct, args))
            page.Add(Convert.ToInt32(r[0]));
        return new Search(total, page);
    }

    /// <summary>What the home page shows: the user's name and units, the units standing today, today's changes.</summary>
    public async Task<(string Name, int Units, int Changes)> HomeAsync(string userName, DateOnly today, CancellationToken ct = default)
    {
        const string Sql = """
            SELECT u."FullName",
              (SELECT COUNT(*) FROM "UserUnits" uu JOIN "OrgUnits" o ON o."Id" = uu."OrgUnitId" WHERE uu."UserId" = u."Id"),
              (SELECT COUNT(*) FROM "OrgUnits" o WHERE (o."ValidFrom" IS NULL OR o."ValidFrom" <= @today) AND (o."ValidTo" IS NULL OR o."ValidTo" >= @today)),
              (SELECT COUNT(*) FROM "AuditEntries" a WHERE a."At" >= @today)
            FROM "AspNetUsers" u WHERE u."UserName" = @user
            """;
        (string, int, int) result = default;
        await foreach (var r in QueryAsync(Sql, ct, ("today", today), ("user", userName)))
            result = ((string)r[0], Convert.ToInt32(r[2]), Convert.ToInt32(r[3]));
        return result;
    }

    /// <summary>A table's row count and a checksum over its key columns, for determinism checks.</summary>
    public async Task<(long Count, long Sum)> ChecksumAsync(string table, string expression, CancellationToken ct = default)
    {
        (long, long) result = default;
        await foreach (var r in QueryAsync($"SELECT COUNT(*), COALESCE(SUM({expression}), 0) FROM \"{table}\"", ct))
            result = (Convert.ToInt64(r[0]), Convert.ToInt64(r[1]));
        return result;
    }

    /// <summary>The first column of the first row (an id from <c>RETURNING</c>), or null when there is no row.</summary>
    public async Task<int?> ScalarOrNullAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await foreach (var r in QueryAsync(sql, default, parameters)) return Convert.ToInt32(r[0], CultureInfo.InvariantCulture);
        return null;
    }

    public async Task<int> ScalarAsync(string sql, params (string Name, object Value)[] parameters) =>
        await ScalarOrNullAsync(sql, parameters) ?? throw new InvalidOperationException("no row from: " + sql);

    public async IAsyncEnumerable<object[]> QueryAsync(string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            // SQLite keeps dates as ISO text; PostgreSQL takes DateOnly as a date.
            p.Value = value is DateOnly d && !db.Database.IsNpgsql() ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value;
            cmd.Parameters.Add(p);
        }
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            yield return row;
        }
    }

    private static decimal Dec(object v) => v is string s ? decimal.Parse(s, CultureInfo.InvariantCulture) : Convert.ToDecimal(v, CultureInfo.InvariantCulture);
    private static DateOnly Day(object v) => v switch { DateOnly d => d, DateTime t => DateOnly.FromDateTime(t), _ => DateOnly.Parse((string)v, CultureInfo.InvariantCulture) };
    private static DateTime Instant(object v) => v switch
    {
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        _ => DateTime.SpecifyKind(DateTime.Parse((string)v, CultureInfo.InvariantCulture), DateTimeKind.Utc),
    };
}
