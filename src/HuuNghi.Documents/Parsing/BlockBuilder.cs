using System.Text;
using System.Text.RegularExpressions;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Rebuilds paragraphs from lines that a PDF, a page break or a hard wrap cut apart: a line joins the one
/// before it unless it opens a new structural unit or the one before ended a sentence.
/// </summary>
internal static partial class BlockBuilder
{
    // Words a Vietnamese sentence cannot end on: a line ending with one was cut mid-sentence.
    private static readonly HashSet<string> OpenEnders = new(StringComparer.Ordinal)
    {
        "của", "và", "về", "với", "các", "cho", "tại", "theo", "số", "ngày", "tháng", "năm", "trong", "đến", "là",
        "được", "những", "nhằm", "để", "do", "từ", "ở", "trên", "thuộc", "giữa", "hoặc", "hay", "như", "mà", "khi",
        "có", "đã", "sẽ", "bị", "vào", "ra", "một", "nơi", "cùng", "đối",
    };

    public static List<string> Build(List<string> lines, int start, int end)
    {
        var blocks = new List<string>();
        // The paragraph grows in a builder and is judged by its last line: joins stay linear in its length.
        var current = new StringBuilder();
        string? last = null;
        var blankBefore = true;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                blankBefore = true;
                continue;
            }
            if (last is not null && Continues(last, line, blankBefore))
            {
                if (!HyphenBreak().IsMatch(last)) current.Append(' ');
                current.Append(line);
            }
            else
            {
                if (current.Length > 0) blocks.Add(current.ToString());
                current.Clear().Append(line);
            }
            last = line;
            blankBefore = false;
        }
        if (current.Length > 0) blocks.Add(current.ToString());
        return blocks;
    }

    internal static bool Continues(string previous, string next, bool blankBetween)
    {
        if (OutlineMarkers.IsStructural(next) || TextLines.IsCaps(previous)) return false;
        // Within one paragraph (no blank line) only a full stop ends it: a wrapped list of units runs on
        // after ";" or ":".
        if (!blankBetween) return !FullStop().IsMatch(previous);
        if (SentenceEnd().IsMatch(previous)) return false;
        var first = next[0];
        if (char.IsLower(first) || char.IsDigit(first)) return true;
        if (previous.EndsWith(',') || previous.EndsWith('-') || previous.EndsWith('–') || previous.EndsWith('(')) return true;
        var lastWord = LastWord().Match(previous).Value;
        if (OpenEnders.Contains(lastWord)) return true;
        // "người Việt" + "Nam ở nước ngoài": a proper name split across the break.
        return lastWord.Length > 0 && char.IsUpper(lastWord[0]) && char.IsUpper(first);
    }

    [GeneratedRegex(@"[.!?:;…]['""”’)]*$|\./\.$")]
    private static partial Regex SentenceEnd();
    [GeneratedRegex(@"[.!?…]['""”’)]*$")]
    private static partial Regex FullStop();
    [GeneratedRegex(@"\p{L}-$")]
    private static partial Regex HyphenBreak();
    [GeneratedRegex(@"[\p{L}\d]+$")]
    private static partial Regex LastWord();
}
