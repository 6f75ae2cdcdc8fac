using System.Text.RegularExpressions;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// The signer block: authority lines (TM., T/M, KT., TL., TUQ., Q.), the office in capitals, the name.
/// Read from the end of the document, where Decree 30 puts it.
/// </summary>
internal static partial class SignerReader
{
    private static readonly string[] Offices =
    [
        "chu tich", "pho chu tich", "giam doc", "pho giam doc", "bi thu", "pho bi thu", "truong ban", "pho truong ban",
        "chanh van phong", "pho chanh van phong", "truong phong", "pho truong phong", "thu truong", "bo truong",
    ];

    /// <summary>Finds the block after <paramref name="from"/>; returns null when the copy shows no signer.</summary>
    public static (SignerInfo Signer, int Start, int End)? Read(List<string> lines, int from, int to)
    {
        JoinWrappedAuthority(lines, from, to);
        var start = LastAuthorityRun(lines, from, to);
        var authority = new List<string>();
        var i = start;
        if (start >= 0)
        {
            for (; i < to && (lines[i].Length == 0 || Authority().IsMatch(lines[i])); i++)
                if (lines[i].Length > 0) authority.Add(lines[i]);
        }
        else
        {
            i = LastOfficeLine(lines, from, to);
            if (i < 0) return null;
            start = i;
        }
        string? position = null, name = null, capsName = null;
        for (; i < to; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || Code().IsMatch(line)) continue;
            if (position is null && TextLines.IsCaps(line)) { position = line; continue; }
            if (LooksLikeName(line)) { name = line; break; }
            if (!TextLines.IsCaps(line)) break;
            // A name typed in capitals ("NGUYỄN VĂN AN") is taken only if no ordinary one follows.
            if (capsName is null && LooksLikeName(Casing.FromCapsName(line))) capsName = line;
        }
        name ??= capsName;
        if (authority.Count == 0 && position is null) return null;
        return (new SignerInfo(authority, position, name), start, Math.Min(i + 1, to));
    }

    // Endings of the bodies a signer acts for: "TM. ỦY BAN NHÂN" / "DÂN" is one line wrapped in a narrow cell.
    private static readonly string[] BodyEndings =
        ["uy ban nhan dan", "hoi dong nhan dan", "ban thuong vu", "ban thuong truc", "ban chap hanh", "ban bi thu", "bo chinh tri", "tinh uy", "huyen uy", "thanh uy", "dang uy"];

    private static void JoinWrappedAuthority(List<string> lines, int from, int to)
    {
        for (var i = Math.Max(from, to - 40); i + 1 < to && i + 1 < lines.Count; i++)
        {
            var next = lines[i + 1];
            if (next.Length == 0 || next.Length > 30 || !TextLines.IsCaps(next) || !Authority().IsMatch(lines[i]) || Authority().IsMatch(next)) continue;
            if (EndsWithBody(lines[i]) || !EndsWithBody(lines[i] + " " + next)) continue;
            lines[i] += " " + next;
            lines[i + 1] = "";
        }
    }

    private static bool EndsWithBody(string line)
    {
        var f = TextLines.Fold(line);
        return BodyEndings.Any(e => f.EndsWith(" " + e, StringComparison.Ordinal));
    }

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ": a line of the signer's authority.</summary>
    internal static bool IsAuthority(string line) => line.Length > 3 && Authority().IsMatch(line);

    private static int LastAuthorityRun(List<string> lines, int from, int to)
    {
        var found = -1;
        for (var i = to - 1; i >= from; i--)
        {
            if (Authority().IsMatch(lines[i])) found = i;
            else if (found >= 0 && lines[i].Length > 0) break;
        }
        return found;
    }

    private static int LastOfficeLine(List<string> lines, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (!TextLines.IsCaps(lines[i])) continue;
            var f = TextLines.Fold(lines[i]);
            if (Offices.Contains(f)) return i;
        }
        return -1;
    }

    internal static bool LooksLikeName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 6 || line.Length > 50) return false;
        return words.All(IsNameWord);
    }

    // "Hương", and the apostrophe of Central Highlands names: "H'", "Y'", "H'Hen".
    private static bool IsNameWord(string w)
    {
        if (w.Length == 0 || !char.IsUpper(w[0])) return false;
        for (var i = 1; i < w.Length; i++)
        {
            var c = w[i];
            if (c is '\'' or '’') continue;
            if (!char.IsLetter(c)) return false;
            if (char.IsUpper(c) && w[i - 1] is not ('\'' or '’')) return false;
        }
        return char.IsLetter(w[^1]) || (w.Length == 2 && w[1] is '\'' or '’');
    }

    [GeneratedRegex(@"^(TM\.|T/M|T\.M\.|KT\.|K/T|TL\.|T/L|TUQ\.|Q\.)\s*\p{Lu}")]
    private static partial Regex Authority();
    [GeneratedRegex(@"^[A-Z]{2,6}-\d+\w*$")]
    private static partial Regex Code();
}
