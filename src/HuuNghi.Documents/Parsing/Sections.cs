namespace HuuNghi.Documents.Parsing;

/// <summary>The Roman-numbered sections of a body ("II. NHIỆM VỤ, GIẢI PHÁP").</summary>
internal static class Sections
{
    private static readonly string[] WorkWords = ["nhiem vu", "noi dung", "giai phap", "to chuc thuc hien", "phan cong", "trach nhiem"];
    private static readonly string[] NotWork = ["muc dich", "yeu cau", "ket qua", "danh gia", "thuan loi", "kho khan"];

    public sealed class Section(string? numeral, string? heading)
    {
        public string? Numeral { get; } = numeral;
        public string? Heading { get; } = heading;
        public List<string> Blocks { get; } = [];

        /// <summary>True for "Tổ chức thực hiện": its refs carry the section numeral.</summary>
        public bool IsImplementation => Heading is not null && TextLines.Fold(Heading).Contains("to chuc thuc hien");

        /// <summary>True when the section's items are assignments (or the body has no sections at all).</summary>
        public bool AssignsWork
        {
            get
            {
                if (Heading is null) return true;
                var f = TextLines.Fold(Heading);
                return WorkWords.Any(f.Contains) && !NotWork.Any(f.Contains);
            }
        }
    }

    /// <summary>Sections in order; a body without Roman headings is one unnamed section.</summary>
    public static List<Section> Read(List<string> blocks)
    {
        var sections = new List<Section>();
        Section? current = null;
        var anyRoman = blocks.Any(OutlineMarkers.IsRoman);
        if (!anyRoman) current = new Section(null, null);
        if (current is not null) sections.Add(current);
        foreach (var block in blocks)
        {
            if (OutlineMarkers.ReadRoman(block) is { } r)
            {
                current = new Section(r.Numeral, r.Text);
                sections.Add(current);
            }
            else current?.Blocks.Add(block);
        }
        return sections;
    }
}
