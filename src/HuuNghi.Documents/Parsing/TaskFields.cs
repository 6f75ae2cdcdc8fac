namespace HuuNghi.Documents.Parsing;

/// <summary>The "* Cơ quan chủ trì: …", "* Cơ quan phối hợp: …", "* Thời gian thực hiện: …" lines of an item.</summary>
internal sealed record TaskFields(string? Lead, string? Coordinating, string? Timeframe)
{
    private static readonly string[] LeadLabels = ["co quan chu tri", "don vi chu tri", "chu tri"];
    private static readonly string[] CoordinatingLabels = ["co quan phoi hop", "don vi phoi hop", "phoi hop"];
    private static readonly string[] TimeLabels = ["thoi gian thuc hien", "thoi gian hoan thanh", "thoi han", "tien do"];

    public static TaskFields Read(IEnumerable<string> content)
    {
        string? lead = null, coordinating = null, time = null;
        foreach (var block in content)
        {
            var s = block.TrimStart('*', '-', '–', '+', '•', ' ');
            var colon = s.IndexOf(':');
            if (colon < 0 || colon > 40) continue;
            var label = TextLines.Fold(s[..colon]).Trim();
            var value = s[(colon + 1)..].Trim();
            if (LeadLabels.Contains(label)) lead ??= value;
            else if (CoordinatingLabels.Contains(label)) coordinating ??= value;
            else if (TimeLabels.Contains(label)) time ??= value;
        }
        return new TaskFields(lead, coordinating, time);
    }
}
