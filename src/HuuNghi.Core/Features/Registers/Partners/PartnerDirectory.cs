using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers.Partners;

/// <summary>
/// Finds the partner a typed name means, or adds it. Lives for one operation (a form save, a whole import)
/// so a workbook naming a new partner on many rows creates it once.
/// </summary>
public sealed class PartnerDirectory(HuuNghiDbContext db)
{
    private Dictionary<string, Partner>? _byKey;

    public sealed record Resolution(Partner? Partner, bool Created, Localized? Error);

    public async Task<Resolution> ResolveAsync(string name, string? country, CancellationToken ct)
    {
        _byKey ??= await db.Set<Partner>().ToDictionaryAsync(p => p.Key, StringComparer.Ordinal, ct);
        var clean = VietnameseTextClean(name);
        var key = PartnerKey.Of(clean);
        if (key.Length == 0) return new(null, false, new Localized("Tên đối tác không hợp lệ.", "The partner name is not valid."));
        if (_byKey.TryGetValue(key, out var known)) return new(known, false, null);
        var near = _byKey.Values.FirstOrDefault(p => PartnerKey.IsNear(p.Key, key));
        if (near is not null)
            return new(null, false, new Localized(
                $"Đối tác '{clean}' gần giống đối tác đã có '{near.Name}'. Nếu là một, hãy gõ đúng '{near.Name}'; nếu khác, hãy thêm đối tác mới ở Danh bạ đối tác trước.",
                $"Partner '{clean}' looks like the existing '{near.Name}'. If they are the same, type '{near.Name}'; if not, add the new partner in the partner directory first."));
        var partner = new Partner { Name = clean, Key = key, Country = country };
        db.Add(partner);
        _byKey[key] = partner;
        return new(partner, true, null);
    }

    /// <summary>Takes back a partner created for a row that was then rejected.</summary>
    public void Forget(Partner partner)
    {
        _byKey?.Remove(partner.Key);
        db.Entry(partner).State = EntityState.Detached;
    }

    /// <summary>Adds a partner on purpose, even one close to an existing name (the directory page).</summary>
    public async Task<Partner> AddExactAsync(string name, string? country, PartnerKind kind, CancellationToken ct)
    {
        var clean = VietnameseTextClean(name);
        var key = PartnerKey.Of(clean);
        if (await db.Set<Partner>().AnyAsync(p => p.Key == key, ct))
            throw new ConflictException(new Localized($"Đối tác '{clean}' đã có trong danh bạ.", $"Partner '{clean}' is already in the directory."));
        var partner = new Partner { Name = clean, Key = key, Country = country, Kind = kind };
        db.Add(partner);
        _byKey?.TryAdd(key, partner);
        return partner;
    }

    private static string VietnameseTextClean(string name) =>
        string.Join(' ', HuuNghi.Documents.Text.VietnameseText.Canonical(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
