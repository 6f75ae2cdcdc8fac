using System.Text.RegularExpressions;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Digital-signature stamps that PDF viewers print into extracted text: an optional certificate-authority
/// line, a timestamp, the organisation, then "Name&lt;email&gt; đã ký lên văn bản này!". The stamp lines are
/// blanked so that no other reader mistakes them for content.
/// </summary>
internal static partial class SignatureStampReader
{
    public static List<DigitalSignature> ReadAndRemove(List<string> lines, int from, int to)
    {
        var stamps = new List<DigitalSignature>();
        for (var i = from; i < to; i++)
        {
            if (lines[i].Length < 19 || !char.IsAsciiDigit(lines[i][0])) continue;
            var time = Timestamp().Match(lines[i]);
            if (!time.Success) continue;
            var (first, firstAt) = NextNonBlank(lines, i + 1, to);
            var (second, secondAt) = NextNonBlank(lines, firstAt + 1, to);
            // Usually the organisation, then "Name<email> đã ký"; some stamps leave the organisation out.
            var afterOrg = SignedBy().Match(second ?? "");
            var (org, orgAt, signer, signerAt) = afterOrg.Success
                ? (first, firstAt, afterOrg, secondAt)
                : (null, -1, SignedBy().Match(first ?? ""), firstAt);
            if (!signer.Success) continue;
            stamps.Add(new DigitalSignature(signer.Groups["name"].Value.Trim(), signer.Groups["email"].Value.Trim(),
                org?.Trim(), IsoTime(time)));
            if (i > from && TextLines.FoldStarts(lines[i - 1], "cuc chung thuc")) lines[i - 1] = "";
            lines[i] = "";
            if (orgAt >= 0) lines[orgAt] = "";
            lines[signerAt] = "";
            i = signerAt;
        }
        return stamps;
    }

    private static (string? Line, int At) NextNonBlank(List<string> lines, int from, int to)
    {
        for (var i = from; i < to && i < from + 3; i++)
            if (lines[i].Length > 0) return (lines[i], i);
        return (null, Math.Min(from, to - 1));
    }

    private static string IsoTime(Match m)
    {
        var zone = m.Groups["z"].Value;
        if (zone.Length == 5) zone = zone[..3] + ":" + zone[3..];
        if (zone.Length == 0) zone = "";
        return m.Groups["t"].Value + zone;
    }

    [GeneratedRegex(@"^(?<t>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?<z>[+-]\d{2}:?\d{2}|Z)?$")]
    private static partial Regex Timestamp();
    [GeneratedRegex(@"^(?<name>[^<>]{2,120})<(?<email>[^<>\s]+@[^<>\s]+)>\s*đã ký", RegexOptions.IgnoreCase)]
    private static partial Regex SignedBy();
}
