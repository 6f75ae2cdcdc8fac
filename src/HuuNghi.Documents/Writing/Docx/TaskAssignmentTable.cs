namespace HuuNghi.Documents.Writing.Docx;

/// <summary>One task as a plan's annex lists it; texts are already worded for print (units joined, timeframe in words).</summary>
public sealed record TaskAssignmentRow(string Task, string Lead, string Coordinating, string Timeframe, string Status);

/// <summary>
/// The task-assignment annex (phụ lục phân công nhiệm vụ): a landscape page with one row per task, because five
/// columns of unit names do not fit a portrait page at 13 pt.
/// </summary>
public static class TaskAssignmentTable
{
    public static readonly IReadOnlyList<string> Headers =
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Tình trạng"];

    // Task text is long, unit names medium, timeframe and status short.
    private static readonly double[] Weights = [0.5, 4, 2.2, 2.6, 1.6, 1.4];

    /// <param name="title">The line under "PHỤ LỤC", e.g. "Phân công nhiệm vụ thực hiện Kế hoạch số 83-KH/TU".</param>
    /// <param name="header">The issuer's header when the annex travels alone; null when it is attached to its plan.</param>
    public static OfficialDocument Document(string title, IEnumerable<TaskAssignmentRow> rows, DocumentHeader? header = null) => new()
    {
        Header = header,
        KindName = "Phụ lục",
        Title = title,
        Orientation = PageOrientation.Landscape,
        Body = [Table(rows)],
    };

    public static TableBlock Table(IEnumerable<TaskAssignmentRow> rows) => new(
        Headers,
        rows.Select((r, i) => (IReadOnlyList<string>)[(i + 1).ToString(), r.Task, r.Lead, r.Coordinating, r.Timeframe, r.Status]).ToList(),
        Weights);
}
