namespace HuuNghi.Documents.Reading;

/// <summary>Why a file could not be read.</summary>
public enum ReadErrorKind
{
    Missing,
    Empty,
    TooLarge,
    UnknownFormat,
    BinaryGarbage,
    CorruptDocx,
    CorruptPdf,
    NoTextLayer,
    ParseFailure,
    TooLargeUnpacked,
}

/// <summary>
/// A read failure with a one-line message in Vietnamese and English ("Tệp rỗng / The file is empty"),
/// ready to print on standard error.
/// </summary>
public sealed record ReadError(ReadErrorKind Kind, string FileName, string Message)
{
    /// <summary>The line to show a user: file name and the bilingual message.</summary>
    public override string ToString() => $"{FileName}: {Message}";

    internal static ReadError Of(ReadErrorKind kind, string fileName, string? detail = null)
    {
        var message = kind switch
        {
            ReadErrorKind.Missing => "Không tìm thấy tệp / The file does not exist",
            ReadErrorKind.Empty => "Tệp rỗng / The file is empty",
            ReadErrorKind.TooLarge => $"Tệp vượt quá giới hạn dung lượng {detail} / The file is over the size limit of {detail}",
            ReadErrorKind.UnknownFormat => "Định dạng tệp không được hỗ trợ (chỉ nhận .txt, .md, .docx, .pdf) / Unsupported file format (only .txt, .md, .docx, .pdf)",
            ReadErrorKind.BinaryGarbage => "Tệp không chứa văn bản đọc được / The file holds no readable text",
            ReadErrorKind.CorruptDocx => "Tệp DOCX bị hỏng hoặc không đầy đủ / The DOCX file is corrupt or truncated",
            ReadErrorKind.CorruptPdf => "Tệp PDF bị hỏng hoặc không đầy đủ / The PDF file is corrupt or truncated",
            ReadErrorKind.TooLargeUnpacked => $"Tệp DOCX quá lớn khi giải nén: {detail}",
            ReadErrorKind.ParseFailure => "Không phân tích được nội dung tệp / The file's text could not be parsed",
            ReadErrorKind.NoTextLayer => "Tệp PDF không có lớp văn bản (bản quét ảnh), cần nhận dạng ký tự trước / The PDF has no text layer (scanned image); run OCR first",
            _ => "Không đọc được tệp / The file cannot be read",
        };
        return new ReadError(kind, fileName, message);
    }
}

/// <summary>Thrown by <see cref="DocumentReader.ReadFile"/>; carries the <see cref="ReadError"/>.</summary>
public sealed class DocumentReadException(ReadError error) : Exception(error.ToString())
{
    /// <summary>The typed error.</summary>
    public ReadError Error { get; } = error;
}
