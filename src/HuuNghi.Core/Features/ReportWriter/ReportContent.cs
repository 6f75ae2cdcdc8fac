using System.Text.Json;
using System.Text.Json.Serialization;
using HuuNghi.Documents.Writing.Docx;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>
/// Everything a report says, before it is laid out: the letterhead, the framing sentences, the template's sections
/// with the officer's text, the facts taken from the registers and the figures. A submitted version keeps this as
/// its snapshot, so the report it sent reads the same forever, whatever the registers learn later. A unit's
/// report and a consolidated report share it; the consolidated one adds the annex and the units that did not report.
/// </summary>
public sealed record ReportContent
{
    public required ReportLetterhead Letterhead { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Addressees { get; init; }
    public required string Opening { get; init; }
    public required string Closing { get; init; }

    /// <summary>The unit the report speaks for, as it was named in the period.</summary>
    public required string UnitName { get; init; }

    /// <summary>The issuer's name in a sentence when it is not <see cref="UnitName"/> (the receiver of a consolidated report).</summary>
    public string? IssuerName { get; init; }
    public required string PeriodLabel { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }

    public required IReadOnlyList<ReportSection> Sections { get; init; }
    public required ReportFacts Facts { get; init; }
    public IReadOnlyList<ReportFigure> Figures { get; init; } = [];

    /// <summary>Consolidated reports only: one row per unit that reported, and the units that did not.</summary>
    public ConsolidationPart? Consolidation { get; init; }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportContent FromJson(string json) =>
        JsonSerializer.Deserialize<ReportContent>(json, Json) ?? throw new InvalidDataException("Empty report snapshot.");
}

/// <summary>The header and signature parts of Decree 30/2020: who issues, number, place, date, who signs, who receives copies.</summary>
public sealed record ReportLetterhead(
    IssuingSystem System, string? IssuerParent, string Issuer, int? Number, string Symbol, string Place, DateOnly? Date, int DraftYear,
    IReadOnlyList<string> SignerAuthority, string? SignerPosition, string? SignerName, IReadOnlyList<string> Distribution);

public enum SectionRole
{
    /// <summary>Written by the officer from a suggested draft (deployment, advantages and difficulties, directions).</summary>
    Narrative,

    /// <summary>The results by area, written from the registers and tasks; the officer may add a closing paragraph.</summary>
    Results,
}

/// <summary>One section of the regime's template ("I. Công tác triển khai, quán triệt") and its text.</summary>
public sealed record ReportSection(string Key, string Heading, SectionRole Role, string Text);

/// <summary>An indicator figure as the report states it; <see cref="Value"/> null means nothing was recorded.</summary>
public sealed record ReportFigure(string Code, string Name, string Unit, decimal? Value);

public sealed record ConsolidationPart(
    IReadOnlyList<string> Codes, IReadOnlyList<AnnexRow> Rows, IReadOnlyList<string> NotReported,
    int Expected, int Submitted, int OnTime);

/// <summary>A reporting unit's figures in the annex; a missing code is a figure the unit did not report.</summary>
public sealed record AnnexRow(string Unit, IReadOnlyDictionary<string, decimal> Values);
