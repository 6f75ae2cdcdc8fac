using HuuNghi.Core.Common;
using HuuNghi.Documents.Text;

namespace HuuNghi.Core.Features.Registers;

/// <summary>
/// The columns of a register's workbook: record id, unit code and unit name first (the name is for the reader
/// and ignored on import), then the fields under their Vietnamese labels. Import also takes English labels
/// and field names, in any order, so a reordered or translated sheet still reads.
/// </summary>
internal static class RegisterWorkbook
{
    public const string IdColumn = "#Id";
    public const string UnitCodeColumn = "#Unit";
    public const string UnitNameColumn = "#UnitName";

    public static readonly Localized IdLabel = new("Mã bản ghi", "Record id");
    public static readonly Localized UnitCodeLabel = new("Mã đơn vị", "Unit code");
    public static readonly Localized UnitNameLabel = new("Tên đơn vị", "Unit name");

    public static IReadOnlyList<string> Headers(Register register) =>
        [IdLabel.Vi, UnitCodeLabel.Vi, UnitNameLabel.Vi, .. register.Fields.Select(f => f.Label.Vi)];

    /// <summary>Column index → field name (or one of the # columns); a header nobody knows is an error.</summary>
    public static Dictionary<int, string> MapHeaders(Register register, IReadOnlyList<string> headers, Validation check)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, params string[] labels) { foreach (var l in labels) names.TryAdd(VietnameseText.Fold(l), key); }
        Add(IdColumn, IdLabel.Vi, IdLabel.En, "id");
        Add(UnitCodeColumn, UnitCodeLabel.Vi, UnitCodeLabel.En);
        Add(UnitNameColumn, UnitNameLabel.Vi, UnitNameLabel.En);
        foreach (var f in register.Fields) Add(f.Name, f.Label.Vi, f.Label.En, f.Name);

        var map = new Dictionary<int, string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i]?.Trim() ?? "";
            if (header.Length == 0) continue;
            if (!names.TryGetValue(VietnameseText.Fold(header), out var name))
                check.Add("file", new($"Cột '{header}' không thuộc sổ '{register.Title.Vi}'.", $"Column '{header}' is not part of the '{register.Title.En}' register."));
            else if (map.ContainsValue(name))
                check.Add("file", new($"Cột '{header}' bị lặp.", $"Column '{header}' appears twice."));
            else map[i] = name;
        }
        if (!map.Values.Any(v => !v.StartsWith('#')))
            check.Add("file", new("Không thấy dòng tiêu đề của sổ ở dòng 1; hãy dùng tệp mẫu.", "The register's header row was not found on row 1; use the template."));
        return map;
    }
}
