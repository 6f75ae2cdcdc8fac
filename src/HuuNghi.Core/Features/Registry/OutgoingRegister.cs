using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HuuNghi.Core.Features.Registry;

/// <summary>
/// The rules every outgoing-register use case shares: who may take numbers, what a symbol may look like, and the one
/// way a number is taken (an atomic counter upsert in the transaction that writes the entry, ADR 10).
/// </summary>
public static partial class OutgoingRegister
{
    /// <summary>The register a unit keeps for every kind of document unless it keeps separate ones.</summary>
    public const string General = "chung";

    public static readonly string[] Clerks = [Roles.Administrator, Roles.FocalOfficer, Roles.UnitOfficer];

    /// <summary>What the paper register records beside a number; all optional.</summary>
    public sealed record Details(string? KindName = null, string? Title = null, string? Signer = null, string? Distribution = null,
        string? KeptBy = null, int? Copies = null, int? SubmissionId = null);

    /// <summary>"05/BC-UBND" (Decree 30 writes numbers below 10 with a leading zero); Party symbols, which hold a slash, take a dash: "05-BC/HU".</summary>
    public static string Reference(int number, string symbol) =>
        symbol.Contains('/') ? $"{number:00}-{symbol}" : $"{number:00}/{symbol}";

    /// <summary>The symbol trimmed, or a refusal: letters and digits in groups joined by "-" or "/", as "BC-UBND", "SNgV-ĐN", "BC/HU".</summary>
    public static string CheckSymbol(string? symbol)
    {
        var s = symbol?.Trim() ?? "";
        if (s.Length is 0 or > 40 || !SymbolPattern().IsMatch(s) || s.All(c => char.IsDigit(c) || c is '-' or '/'))
            throw new ValidationFailedException("symbol", new Localized(
                $"Ký hiệu văn bản '{s}' không hợp lệ: dùng chữ viết tắt tên loại và cơ quan nối bằng dấu gạch, ví dụ BC-UBND.",
                $"The document symbol '{s}' is not valid: use the kind's and the issuer's abbreviations joined by a dash, e.g. BC-UBND."));
        return s;
    }

    public static string CheckRegister(string? register)
    {
        var r = string.IsNullOrWhiteSpace(register) ? General : register.Trim();
        if (r.Length > 40 || !RegisterPattern().IsMatch(r))
            throw new ValidationFailedException("register", new Localized(
                $"Tên sổ '{r}' không hợp lệ: chỉ dùng chữ, số và dấu gạch (tối đa 40 ký tự).",
                $"The register name '{r}' is not valid: use letters, digits and dashes (up to 40 characters)."));
        return r;
    }

    /// <summary>The unit, refused when unknown, outside the scope, or no longer existing on the day.</summary>
    internal static async Task<OrgUnit> IssuerAsync(HuuNghiDbContext db, int unitId, UnitScope scope, DateOnly day, CancellationToken ct)
    {
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct)
            ?? throw new NotFoundException(new Localized($"Không có đơn vị mã {unitId}.", $"There is no unit {unitId}."));
        scope.Demand(unitId);
        if (!unit.ExistsOn(day))
            throw new ValidationFailedException("unit", new Localized(
                $"{unit.Name} không còn tồn tại vào ngày {OrgUnitLookup.Date(day)} nên không thể cấp số văn bản.",
                $"{unit.Name} no longer exists on {day:yyyy-MM-dd}, so it cannot issue a document number."));
        return unit;
    }

    /// <summary>
    /// Takes the next number of (unit, register, year) and adds its entry to the context, unsaved. Must run inside
    /// <see cref="InTransactionAsync{T}"/>: the counter row stays locked until the entry is committed with it, so a
    /// rollback gives the number back and a commit never leaves it without its row.
    /// </summary>
    internal static async Task<OutgoingEntry> TakeAsync(HuuNghiDbContext db, int unitId, string register, string symbol, int year,
        OutgoingState state, DateOnly? issuedOn, Details details, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("An outgoing number is taken only inside the transaction that records it.");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        // One statement both databases run the same way: PostgreSQL locks the row until commit, SQLite holds the write lock.
        command.CommandText = """
            INSERT INTO "OutgoingCounters" AS c ("OrgUnitId", "Register", "Year", "Last") VALUES (@unit, @register, @year, 1)
            ON CONFLICT ("OrgUnitId", "Register", "Year") DO UPDATE SET "Last" = c."Last" + 1
            RETURNING "Last"
            """;
        Add(command, "@unit", unitId);
        Add(command, "@register", register);
        Add(command, "@year", year);
        var number = Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        var entry = new OutgoingEntry
        {
            OrgUnitId = unitId, Register = register, Year = year, Number = number, Symbol = symbol, State = state, IssuedOn = issuedOn,
            KindName = Blank(details.KindName), Title = Blank(details.Title), Signer = Blank(details.Signer), Distribution = Blank(details.Distribution),
            KeptBy = Blank(details.KeptBy), Copies = details.Copies, SubmissionId = details.SubmissionId,
            CreatedAt = db.Clock.GetUtcNow().UtcDateTime, CreatedBy = db.Actor.Name,
        };
        db.Add(entry);
        return entry;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction that holds the write lock from its first statement (SQLite: BEGIN
    /// IMMEDIATE, so two writers never deadlock upgrading a read lock). When SQLite stays busy past its own wait, the
    /// whole work is tried again from a clean context, up to a few times; <paramref name="retry"/> false leaves that out.
    /// </summary>
    internal static async Task<T> InTransactionAsync<T>(HuuNghiDbContext db, Func<Task<T>> work, bool retry, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (transaction, own) = await BeginAsync(db, ct);
                try
                {
                    var result = await work();
                    await transaction.CommitAsync(ct);
                    return result;
                }
                finally
                {
                    await transaction.DisposeAsync();
                    // EF leaves a transaction it was handed open; disposing it ourselves rolls back whatever was not committed.
                    if (own is not null) await own.DisposeAsync();
                }
            }
            catch (Exception e) when (retry && attempt < 5 && IsBusy(e))
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(50, 200) * attempt, ct);
            }
        }
    }

    private static async Task<(IDbContextTransaction Transaction, DbTransaction? Own)> BeginAsync(HuuNghiDbContext db, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection sqlite) return (await db.Database.BeginTransactionAsync(ct), null);
        await db.Database.OpenConnectionAsync(ct);
        var own = sqlite.BeginTransaction(deferred: false);
        return ((await db.Database.UseTransactionAsync(own, ct))!, own);
    }

    private static bool IsBusy(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is SqliteException { SqliteErrorCode: 5 or 6 }) return true; // SQLITE_BUSY, SQLITE_LOCKED
        return false;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"^[\p{L}\d]+([\-/][\p{L}\d]+)*$")]
    private static partial Regex SymbolPattern();

    [GeneratedRegex(@"^[\p{L}\d]+(-[\p{L}\d]+)*$")]
    private static partial Regex RegisterPattern();
}
