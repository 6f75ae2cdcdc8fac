using System.Text;

namespace HuuNghi.Documents.Reading;

/// <summary>
/// Turns the bytes of a plain-text file into Unicode: BOMs first, then UTF-16 without BOM, strict UTF-8,
/// and finally the legacy Vietnamese byte encodings (Windows-1258, TCVN3, VNI), choosing whichever decodes
/// into the most real Vietnamese words.
/// </summary>
internal static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The text and the encoding name, or null when the bytes are not text at all.</summary>
    public static (string Text, string Encoding)? Decode(byte[] bytes)
    {
        var (text, name) = DecodeUnchecked(bytes);
        if (text is null || LooksBinary(text)) return null;
        return (text.Normalize(NormalizationForm.FormC), name);
    }

    private static (string? Text, string Name) DecodeUnchecked(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (TryUtf8(bytes, 3), "utf-8-bom");
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16le");
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16be");
        var utf16 = GuessUtf16(bytes);
        if (utf16 is not null) return (utf16.GetString(bytes), utf16.WebName);
        if (Array.IndexOf(bytes, (byte)0) >= 0) return (null, "binary");
        var utf8 = TryUtf8(bytes, 0);
        if (utf8 is not null) return (utf8, "utf-8");
        return LegacyVietnamese.DecodeBest(bytes);
    }

    private static string? TryUtf8(byte[] bytes, int offset)
    {
        try { return StrictUtf8.GetString(bytes, offset, bytes.Length - offset); }
        catch (DecoderFallbackException) { return null; }
    }

    // UTF-16 text of Latin-script languages has a zero in most high bytes; random bytes do not.
    private static Encoding? GuessUtf16(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        int evenZeros = 0, oddZeros = 0, pairs = bytes.Length / 2;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return Encoding.Unicode;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>Control characters (other than tab, line breaks, form feed) mean the bytes were never text.</summary>
    internal static bool LooksBinary(string text)
    {
        if (text.Length == 0) return false;
        var bad = 0;
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r' or '\f') continue;
            if (char.IsControl(c) || c == '\uFFFD' || char.IsSurrogate(c)) bad++;
        }
        return bad > Math.Max(2, text.Length / 100);
    }
}
