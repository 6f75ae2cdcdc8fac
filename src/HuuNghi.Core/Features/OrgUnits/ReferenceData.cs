using System.Text.Json;
using System.Text.Json.Serialization;
using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// Loads the organisation reference data shipped with the app (ReferenceData/org-units.json): every unit the
/// seed documents name, with the 1/7/2025 reform as it touched them. Loaded once into a new database; after
/// that the tree is the officers' to keep, through audited edits.
/// </summary>
public static class ReferenceData
{
    public static async Task EnsureLoadedAsync(HuuNghiDbContext db, CancellationToken ct = default)
    {
        if (await db.OrgUnits.AnyAsync(ct)) return;
        var data = Read();
        var identifiers = ReferenceIdentifierCodes.Assign([.. data.Units.Select(u => (u.Code, u.Parent, u.Level, u.Kind))]);
        var units = data.Units.ToDictionary(u => u.Code, u => new OrgUnit
        {
            Code = u.Code, Name = u.Name, ShortName = u.ShortName, IdentifierCode = identifiers.GetValueOrDefault(u.Code), Kind = u.Kind, Level = u.Level,
            ValidFrom = u.ValidFrom, ValidTo = u.ValidTo, NameKey = UnitNameKey.Of(u.Name),
        });
        db.OrgUnits.AddRange(units.Values);
        await db.SaveChangesAsync(ct);

        var moves = data.Moves.ToLookup(m => m.Unit);
        foreach (var u in data.Units.Where(u => u.Parent is not null))
        {
            var unit = units[u.Code];
            var from = unit.ValidFrom;
            var parent = u.Parent!;
            foreach (var move in moves[u.Code].OrderBy(m => m.From))
            {
                db.OrgUnitParentLinks.Add(new OrgUnitParentLink { ChildId = unit.Id, ParentId = units[parent].Id, ValidFrom = from, ValidTo = move.From.AddDays(-1) });
                (from, parent) = (move.From, move.Parent);
            }
            db.OrgUnitParentLinks.Add(new OrgUnitParentLink { ChildId = unit.Id, ParentId = units[parent].Id, ValidFrom = from, ValidTo = unit.ValidTo });
            db.OrgUnitAliases.AddRange((u.Aliases ?? []).Select(a => new OrgUnitAlias { OrgUnitId = unit.Id, Text = a, Key = UnitNameKey.Of(a) }));
        }
        db.OrgUnitEvents.AddRange(data.Events.Select(e => new OrgUnitEvent
        {
            Kind = e.Kind, Date = e.Date, LegalBasis = e.Basis, Note = e.Note,
            Units = [.. (e.Sources ?? []).Select(c => new OrgUnitEventUnit { OrgUnitId = units[c].Id, Role = OrgEventRole.Source }),
                     .. (e.Targets ?? []).Select(c => new OrgUnitEventUnit { OrgUnitId = units[c].Id, Role = OrgEventRole.Target })],
        }));
        await db.SaveChangesAsync(ct);
    }

    private static ReferenceFile Read()
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream(
            "HuuNghi.Core.Features.OrgUnits.ReferenceData.org-units.json")!;
        return JsonSerializer.Deserialize<ReferenceFile>(stream, Json)!;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record ReferenceFile(List<UnitRow> Units, List<MoveRow> Moves, List<EventRow> Events);
    private sealed record UnitRow(string Code, string Name, string? ShortName, OrgUnitKind Kind, OrgLevel Level,
        string? Parent, DateOnly? ValidFrom, DateOnly? ValidTo, List<string>? Aliases);
    private sealed record MoveRow(string Unit, string Parent, DateOnly From);
    private sealed record EventRow(OrgEventKind Kind, DateOnly Date, List<string>? Sources, List<string>? Targets, string? Basis, string? Note);
}
