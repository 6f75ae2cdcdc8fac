using System.Globalization;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Parsing.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HuuNghi.Core.Features.Registry;

/// <summary>
/// The rules every incoming-register use case shares: how an arrival is entered (once per document and unit, with the
/// next number of the unit's year taken by the same counter upsert as the outgoing register, ADR 10 and 13), and how
/// the incoming stamp ("ĐẾN Số … Ngày …") fills the number and day.
/// </summary>
public static class IncomingRegister
{
    public static class Sources
    {
        public const string Upload = "upload";
        public const string EdXml = "edxml";
        public const string Hand = "hand";
        public const string Distribution = "distribution";
    }

    /// <summary>Who may enter arrivals and assign them; a viewer or leader reads the register.</summary>
    public static readonly string[] Clerks = OutgoingRegister.Clerks;

    /// <summary>What is known of an arrival when it is entered; the stamp's values win over <paramref name="ArrivedOn"/> when present.</summary>
    public sealed record Arrival(int DocumentId, int UnitId, string Source, DateOnly? ArrivedOn = null, string? StampedNumber = null,
        int? HandlerUnitId = null, int? HandlerUserId = null, DateOnly? Deadline = null, string? Note = null);

    /// <summary>An arrival from a parsed copy: its stamp's number and day when it carries one.</summary>
    public static Arrival FromStamp(int documentId, int unitId, string source, Receipt? receipt, DateOnly? deadline = null) =>
        new(documentId, unitId, source, DayOf(receipt?.Date), Blank(receipt?.Number), Deadline: deadline);

    internal static DateOnly? DayOf(string? iso) =>
        iso is { Length: 10 } && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>
    /// Enters the arrival unless the unit already has the document, inside the caller's transaction (which must exist:
    /// the counter row stays locked until the entry commits with it). Saves. Returns the entry and whether it is new.
    /// </summary>
    internal static async Task<(IncomingEntry Entry, bool Created)> EnterAsync(HuuNghiDbContext db, Arrival arrival, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("An arrival number is taken only inside the transaction that records it.");
        var existing = await db.IncomingEntries.FirstOrDefaultAsync(e => e.DocumentId == arrival.DocumentId && e.OrgUnitId == arrival.UnitId, ct);
        if (existing is not null) return (existing, false);
        var day = arrival.ArrivedOn ?? ReportRequest.Today(db.Clock);
        var number = await NextAsync(db, transaction, arrival.UnitId, day.Year, ct);
        var entry = new IncomingEntry
        {
            OrgUnitId = arrival.UnitId, Year = day.Year, Number = number, StampedNumber = Blank(arrival.StampedNumber), ArrivedOn = day,
            DocumentId = arrival.DocumentId, Source = arrival.Source, HandlerUnitId = arrival.HandlerUnitId, HandlerUserId = arrival.HandlerUserId,
            Deadline = arrival.Deadline, State = IncomingState.ToHandle, Note = Blank(arrival.Note),
            CreatedAt = db.Clock.GetUtcNow().UtcDateTime, CreatedBy = db.Actor.Name,
        };
        db.IncomingEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return (entry, true);
    }

    /// <summary>Enters arrivals in a transaction of their own (an import whose document was already stored, a hand entry).</summary>
    internal static Task<IReadOnlyList<(IncomingEntry Entry, bool Created)>> EnterAllAsync(HuuNghiDbContext db, IReadOnlyList<Arrival> arrivals, CancellationToken ct) =>
        OutgoingRegister.InTransactionAsync<IReadOnlyList<(IncomingEntry, bool)>>(db, async () =>
        {
            var entered = new List<(IncomingEntry, bool)>();
            foreach (var a in arrivals) entered.Add(await EnterAsync(db, a, ct));
            return entered;
        }, retry: true, ct);

    private static async Task<int> NextAsync(HuuNghiDbContext db, IDbContextTransaction transaction, int unitId, int year, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = """
            INSERT INTO "IncomingCounters" AS c ("OrgUnitId", "Year", "Last") VALUES (@unit, @year, 1)
            ON CONFLICT ("OrgUnitId", "Year") DO UPDATE SET "Last" = c."Last" + 1
            RETURNING "Last"
            """;
        foreach (var (name, value) in new[] { ("@unit", unitId), ("@year", year) })
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>The entry, refused when unknown or outside the scope (of its unit or, for a handler, the handling unit).</summary>
    internal static async Task<IncomingEntry> FindAsync(HuuNghiDbContext db, int id, UnitScope scope, CancellationToken ct)
    {
        var entry = await db.IncomingEntries.FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new NotFoundException(new($"Không có văn bản đến mã {id}.", $"There is no incoming register entry {id}."));
        if (!scope.Contains(entry.OrgUnitId) && !(entry.HandlerUnitId is { } h && scope.Contains(h))) throw new ForbiddenException();
        return entry;
    }

    public static Localized StateName(IncomingState state) => state switch
    {
        IncomingState.ToHandle => new("Chờ xử lý", "To handle"),
        IncomingState.InProgress => new("Đang xử lý", "In progress"),
        _ => new("Đã xử lý", "Done"),
    };

    /// <summary>A state named as the CLI and API take it: to-handle, in-progress, done (or the enum's name).</summary>
    public static IncomingState? ParseState(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var key = s.Trim().Replace("-", "").Replace("_", "");
        return Enum.TryParse<IncomingState>(key, ignoreCase: true, out var state) && Enum.IsDefined(state) && !int.TryParse(key, out _) ? state
            : throw new ValidationFailedException("state", new(
                $"Trạng thái '{s}' không hợp lệ: dùng to-handle, in-progress hoặc done.", $"The state '{s}' is not valid: use to-handle, in-progress or done."));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
