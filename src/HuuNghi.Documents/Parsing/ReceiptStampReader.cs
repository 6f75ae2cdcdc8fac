using System.Text.RegularExpressions;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// The incoming stamp ("ĐẾN") a receiving office prints on a copy: its name, "Số : 578", "ĐẾN Ngày :
/// 27/6/2022" and a few dotted fields. The stamp's lines are blanked so the "Số" is not read as the reference.
/// </summary>
internal static partial class ReceiptStampReader
{
    public static Receipt? ReadAndRemove(List<string> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (lines[i].Length < 4 || lines[i][0] is not ('Đ' or 'đ') || !Arrival().IsMatch(lines[i])) continue;
            var date = DateReader.FindNumeric(lines[i]);
            string? number = null, by = null;
            var top = i;
            for (var j = i - 1; j >= Math.Max(from, i - 4); j--)
            {
                if (lines[j].Length == 0) continue;
                var n = Number().Match(lines[j]);
                if (number is null && n.Success) { number = n.Groups["n"].Value; top = j; continue; }
                if (number is not null && TextLines.IsCaps(lines[j])) { by = lines[j].Trim(); top = j; }
                break;
            }
            var bottom = i;
            for (var j = i + 1; j < to && j <= i + 4; j++)
                if (lines[j].Contains("...") || Field().IsMatch(lines[j])) bottom = j;
                else if (lines[j].Length > 0) break;
            for (var j = top; j <= bottom; j++) lines[j] = "";
            return new Receipt(number, date, by);
        }
        return null;
    }

    [GeneratedRegex(@"^ĐẾN\s*(Ngày|ngày)?\s*:?\s*\d{1,2}\s*/", RegexOptions.IgnoreCase)]
    private static partial Regex Arrival();
    [GeneratedRegex(@"^Số\s*(đến)?\s*:\s*(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Number();
    [GeneratedRegex(@"^(Chuyển|Chuyên|Lưu hồ sơ|Người nhận)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Field();
}
