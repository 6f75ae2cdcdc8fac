using System.Text.RegularExpressions;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// The "* Cơ quan chủ trì: …", "* Cơ quan phối hợp: …", "* Thời gian thực hiện: …" lines of an item, also
/// when several share one line ("Chủ trì: Sở Ngoại vụ; phối hợp: Công an tỉnh; thời gian: Quý III/2022").
/// </summary>
internal sealed partial record TaskFields(string? Lead, string? Coordinating, string? Timeframe)
{
    private static readonly string[] LeadLabels = ["co quan chu tri", "don vi chu tri", "chu tri", "co quan thuc hien", "don vi thuc hien"];
    private static readonly string[] CoordinatingLabels = ["co quan phoi hop", "don vi phoi hop", "phoi hop"];
    private static readonly string[] TimeLabels = ["thoi gian thuc hien", "thoi gian hoan thanh", "thoi gian", "thoi han", "tien do"];

    public static TaskFields Read(IEnumerable<string> content)
    {
        string? lead = null, coordinating = null, time = null;
        foreach (var block in content)
        {
            var s = block.TrimStart('*', '-', '–', '+', '•', ' ');
            var labels = Label().Matches(s);
            // Only a block that opens with a label is a field line; labels later in it share the line.
            if (labels.Count == 0 || labels[0].Index != 0) continue;
            for (var k = 0; k < labels.Count; k++)
            {
                var start = labels[k].Index + labels[k].Length;
                var end = k + 1 < labels.Count ? labels[k + 1].Index : s.Length;
                var value = s[start..end].Trim().TrimEnd(';', ',', ' ');
                var label = TextLines.Fold(labels[k].Groups["label"].Value);
                if (LeadLabels.Contains(label)) lead ??= value;
                else if (CoordinatingLabels.Contains(label)) coordinating ??= value;
                else if (TimeLabels.Contains(label)) time ??= value;
            }
        }
        return new TaskFields(lead, coordinating, time);
    }

    [GeneratedRegex(@"(?<=^|[;,.]\s*)(?<label>(?:[Cc]ơ quan|[Đđ]ơn vị)\s+(?:chủ trì|phối hợp|thực hiện)|[Cc]hủ trì|[Pp]hối hợp|[Tt]hời gian(?:\s+(?:thực hiện|hoàn thành))?|[Tt]hời hạn|[Tt]iến độ)\s*:\s*")]
    private static partial Regex Label();
}
