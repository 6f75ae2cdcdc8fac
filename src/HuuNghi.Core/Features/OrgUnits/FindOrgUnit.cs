using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// The unit a person means when they type it: its id ("61"), its code ("dt.tm") or its name ("Huyện Tháp Mười",
/// with or without diacritics, "UBND" for "Ủy ban nhân dân"). A name that fits several units is refused with the
/// candidates listed, never guessed: picking the wrong Tháp Mười would put a report on the wrong unit.
/// </summary>
public sealed class FindOrgUnit(HuuNghiDbContext db)
{
    private const int Shown = 8;

    public async Task<int> HandleAsync(string text, CancellationToken ct = default)
    {
        var typed = text.Trim();
        if (typed.Length == 0) throw Unknown(text, []);
        if (int.TryParse(typed, out var id))
            return await db.OrgUnits.AnyAsync(u => u.Id == id, ct) ? id
                : throw new NotFoundException(new Localized($"Không có đơn vị mã {id}.", $"There is no unit with id {id}."));

        var byCode = await db.OrgUnits.Where(u => u.Code == typed || u.Code == typed.ToLowerInvariant())
            .OrderBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        if (byCode is { } code) return code;

        var key = UnitNameKey.Of(typed);
        var exact = await Candidates(db.OrgUnits.Where(u => u.NameKey == key), ct);
        if (exact.Count == 1) return exact[0].Id;
        if (exact.Count > 1) throw Ambiguous(text, exact);
        var containing = await Candidates(db.OrgUnits.Where(u => u.NameKey.Contains(key)), ct);
        throw containing.Count == 1 ? Unknown(text, containing) : containing.Count > 1 ? Ambiguous(text, containing) : Unknown(text, []);
    }

    private static Task<List<OrgUnit>> Candidates(IQueryable<OrgUnit> units, CancellationToken ct) =>
        units.OrderBy(u => u.Level).ThenBy(u => u.Name).ThenBy(u => u.Id).Take(Shown + 1).AsNoTracking().ToListAsync(ct);

    private static string List(IReadOnlyList<OrgUnit> units) =>
        string.Join("; ", units.Take(Shown).Select(u => $"{u.Id} = {u.Name} ({u.Code}"
            + (u.ValidTo is { } to ? $", → {OrgUnitLookup.Date(to)})" : ")"))) + (units.Count > Shown ? "; …" : "");

    private static NotFoundException Unknown(string text, IReadOnlyList<OrgUnit> near) => new(near.Count == 0
        ? new Localized($"Không có đơn vị '{text}' (theo mã số, mã hoặc tên).", $"There is no unit '{text}' (by id, code or name).")
        : new Localized($"Không có đơn vị tên đúng là '{text}'. Có phải: {List(near)}?", $"No unit is named exactly '{text}'. Did you mean: {List(near)}?"));

    private static ValidationFailedException Ambiguous(string text, IReadOnlyList<OrgUnit> units) => new("unit", new Localized(
        $"'{text}' khớp với nhiều đơn vị, hãy dùng mã số hoặc mã: {List(units)}.",
        $"'{text}' matches several units; use the id or the code: {List(units)}."));
}
