using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Writing.Docx;
using HuuNghi.Documents.Writing.Pdf;

namespace HuuNghi.Core.Features.ReportWriter;

public enum ReportFormat { Docx, Pdf, Xlsx }

/// <summary>
/// A report as a file: the Decree 30 DOCX, the PDF LibreOffice makes of it, or the workbook of its figures and lists.
/// The warnings travel with the file so every caller (page, API, CLI) can say them.
/// </summary>
public sealed class WriteReport(ComposeReport unitReports, ComposeConsolidatedReport consolidatedReports, PdfConverter pdf)
{
    /// <param name="UnitId">The reporting unit; null for the receiver's consolidated report (over <paramref name="RootId"/>'s subtree when given).</param>
    /// <param name="Version">A version of the unit's report; null for its current one.</param>
    public sealed record Command(int RequestId, int? UnitId, ReportFormat Format, int? Version = null, int? RootId = null);

    public sealed record Written(string FileName, string ContentType, byte[] Content, IReadOnlyList<Localized> Warnings);

    public async Task<Written> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        if (command.UnitId is { } unitId)
        {
            var composed = await unitReports.HandleAsync(command.RequestId, unitId, command.Version, scope, ct);
            return await WriteAsync(composed.Content, composed.Warnings, $"bao-cao-{command.RequestId}-{unitId}", command.Format, ct);
        }
        var consolidated = await consolidatedReports.HandleAsync(command.RequestId, command.RootId, scope, ct);
        return await WriteAsync(consolidated.Content, consolidated.Warnings, $"bao-cao-tong-hop-{command.RequestId}", command.Format, ct);
    }

    private async Task<Written> WriteAsync(ReportContent content, IReadOnlyList<Localized> warnings, string name, ReportFormat format, CancellationToken ct)
    {
        if (format == ReportFormat.Xlsx)
            return new Written(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportWorkbook.Write(content), warnings);
        var document = ReportDocument.Build(content);
        var all = warnings.ToList();
        if (FontCoverage.TimesNewRoman.Message(FontCoverage.TimesNewRoman.Outside(document)) is { } fonts)
        {
            var (vi, en) = Split(fonts);
            all.Add(new Localized(vi, en));
        }
        var docx = new AdministrativeDocumentWriter().Write(document);
        if (format == ReportFormat.Docx)
            return new Written(name + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx, all);
        try
        {
            return new Written(name + ".pdf", "application/pdf", await pdf.ConvertAsync(docx, ct), all);
        }
        catch (PdfConversionException e)
        {
            var (vi, en) = Split(e.Message);
            throw new UnavailableException(new Localized(vi, en));
        }
    }

    /// <summary>The file's format from its extension or a format name: "bao-cao.docx", "pdf", ".xlsx".</summary>
    public static ReportFormat FormatOf(string? fileOrFormat)
    {
        var ext = (Path.GetExtension(fileOrFormat ?? "") is { Length: > 0 } e ? e[1..] : fileOrFormat ?? "").Trim().ToLowerInvariant();
        return ext switch
        {
            "docx" or "" => ReportFormat.Docx,
            "pdf" => ReportFormat.Pdf,
            "xlsx" => ReportFormat.Xlsx,
            _ => throw new ValidationFailedException("Format", new Localized(
                $"Không viết được báo cáo dạng '{ext}': chỉ có DOCX, PDF hoặc XLSX.", $"Reports cannot be written as '{ext}': use DOCX, PDF or XLSX.")),
        };
    }

    /// <summary>The document engine writes its messages "tiếng Việt / English"; the product's errors carry them apart.</summary>
    private static (string Vi, string En) Split(string message)
    {
        var at = message.IndexOf(" / ", StringComparison.Ordinal);
        return at < 0 ? (message, message) : (message[..at], message[(at + 3)..]);
    }
}
