namespace HuuNghi.Core.Common;

/// <summary>
/// A file name as a browser or client sends it is untrusted: <c>..\..\x.txt</c> or <c>C:\Users\a\b.docx</c> from
/// Windows, control characters that would break a Content-Disposition header. Only the last segment is kept (on
/// both separators, whatever the server's OS), cleaned, before it is stored or sent back.
/// </summary>
public static class FileNames
{
    public const int MaxLength = 200;

    public static string Clean(string? name)
    {
        var last = (name ?? "").Split('/', '\\').LastOrDefault() ?? "";
        var kept = new string([.. last.Where(c => !char.IsControl(c) && c is not '"' and not '\u2028' and not '\u2029')]).Trim().Trim('.').Trim();
        if (kept.Length > MaxLength)
        {
            var extension = Path.GetExtension(kept);
            kept = extension.Length is > 0 and <= 10 ? kept[..(MaxLength - extension.Length)] + extension : kept[..MaxLength];
        }
        return kept.Length == 0 ? "tep" : kept;
    }
}
