using HuuNghi.Core.Data;

namespace HuuNghi.Core.Features.Reporting;

public enum ReportKind { Periodic, Thematic, AdHoc }

/// <summary>Once: a single period (a 3-year review in 2025-Q1); the others repeat from the first period.</summary>
public enum ReportingFrequency { Once, Yearly, HalfYearly, Quarterly, Monthly }

/// <summary>
/// A reporting regime (chế độ báo cáo) with what Decree 09/2019 asks every regime to state: name, content, who
/// reports, who receives, how often, the data cut-off and the deadline, and the template outline. Reporters are a
/// rule over the org tree, not a list, so each request freezes the units the rule meant on the day it was raised.
/// </summary>
public sealed class ReportingRegime : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string Content { get; set; } = "";
    public ReportKind Kind { get; set; }
    public ReportingFrequency Frequency { get; set; }

    /// <summary>The unit that receives and consolidates (Sở Ngoại vụ).</summary>
    public int ReceiverId { get; set; }

    /// <summary>The area whose units report (Tỉnh Đồng Tháp).</summary>
    public int ReporterAreaId { get; set; }

    /// <summary>The People's Committees of the areas directly under the reporter area: districts until 30/6/2025, communes after.</summary>
    public bool SubordinateCommittees { get; set; } = true;

    /// <summary>Bodies of these kinds at the reporter area's own level (the provincial Front, departments…).</summary>
    public List<string> BodyKinds { get; set; } = [];

    public string HowSent { get; set; } = "";

    /// <summary>First period raised ("2023"); for <see cref="ReportingFrequency.Once"/> the only one.</summary>
    public required string FirstPeriod { get; set; }
    public string? LastPeriod { get; set; }

    /// <summary>Day of month that opens the cut-off window (15 by the circulars); null for calendar periods.</summary>
    public int? CutoffDay { get; set; }

    /// <summary>Days from the end of the cut-off window to the deadline: deadlines vary by regime.</summary>
    public int DeadlineDaysAfterCutoff { get; set; }

    public List<string> TemplateSections { get; set; } = [];
    public List<string> IndicatorCodes { get; set; } = [];

    /// <summary>The document the regime comes from (Kế hoạch 83-KH/TU), until the document store links it by id.</summary>
    public string? SourceReference { get; set; }
    public int? SourceDocumentId { get; set; }

    public bool Active { get; set; } = true;
    public int Version { get; set; }

    public (DateOnly From, DateOnly To, DateOnly Deadline) WindowFor(ReportingPeriod period)
    {
        var (from, to) = period.CutoffWindow(CutoffDay);
        return (from, to, to.AddDays(DeadlineDaysAfterCutoff));
    }
}
