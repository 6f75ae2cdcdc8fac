namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// Identifier codes for the reference units, made by a rule. THEY ARE INVENTED: plausible in the QCVN 102 shape,
/// not the codes the Ministry actually assigned (a real installation types or imports its own). The rule: each
/// body directly under "Trung ương" takes a level-1 code G01, G02… in file order; each province H01, H02… in file
/// order; every unit under a coded one takes the next level down, numbered among its siblings in file order
/// (a province's bodies and districts at level 2, a district's bodies and communes at level 3, a commune's bodies
/// at level 4); nothing deeper than level 4 gets a code. The parent is the one the unit had first, so a commune
/// re-parented on 1/7/2025 keeps the code it was given under its district, as identifiers outlive reforms.
/// </summary>
internal static class ReferenceIdentifierCodes
{
    public static Dictionary<string, string> Assign(IReadOnlyList<(string Code, string? Parent, OrgLevel Level, OrgUnitKind Kind)> units)
    {
        var children = units.Where(u => u.Parent is not null).ToLookup(u => u.Parent!);
        var codes = new Dictionary<string, string>();
        void Descend(string unit, string code)
        {
            codes[unit] = code;
            var n = 0;
            foreach (var child in children[unit])
                if (IdentifierCode.Child(code, ++n) is { } below) Descend(child.Code, below);
        }
        int g = 0, h = 0;
        foreach (var root in units.Where(u => u.Parent is null))
            foreach (var top in children[root.Code])
            {
                if (top.Level == OrgLevel.Central) Descend(top.Code, $"000.00.00.G{++g:00}");
                else if (top.Level == OrgLevel.Province && top.Kind == OrgUnitKind.AdministrativeArea) Descend(top.Code, $"000.00.00.H{++h:00}");
            }
        return codes;
    }
}
