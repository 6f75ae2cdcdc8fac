using System.Globalization;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Documents.Text;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>
/// The template's sections and the drafts the writer suggests for the narrative ones. The results section is
/// recognised by its words ("kết quả"), so a regime can name and order its sections as its own circular does.
/// </summary>
internal static class ReportSections
{
    /// <summary>The outline of seeds 000 and 003, for a request without a regime template.</summary>
    public static readonly IReadOnlyList<string> DefaultTemplate =
        ["I. Công tác triển khai, quán triệt", "II. Kết quả thực hiện", "III. Thuận lợi, khó khăn, hạn chế", "IV. Phương hướng, kiến nghị"];

    public static string KeyOf(int index) => "s" + (index + 1).ToString(CultureInfo.InvariantCulture);

    public static SectionRole RoleOf(string heading) =>
        VietnameseText.Fold(heading).Contains("ket qua", StringComparison.Ordinal) ? SectionRole.Results : SectionRole.Narrative;

    /// <summary>A first draft from the data where the data has something to say; empty where only the officer can write.</summary>
    public static string Suggest(string heading, string unit, string? source, ReportFacts facts)
    {
        var folded = VietnameseText.Fold(heading);
        if (folded.Contains("trien khai") || folded.Contains("quan triet") || folded.Contains("lanh dao"))
            return Deployment(unit, source, facts);
        if (folded.Contains("kho khan") || folded.Contains("han che") || folded.Contains("ton tai"))
            return Difficulties(facts);
        if (folded.Contains("phuong huong") || folded.Contains("nhiem vu") || folded.Contains("kien nghi") || folded.Contains("de xuat"))
            return Directions(source, facts);
        return "";
    }

    private static string Deployment(string unit, string? source, ReportFacts facts)
    {
        var lines = new List<string>();
        if (source is not null)
            lines.Add($"Thực hiện {source}, {unit} đã tổ chức quán triệt, triển khai đến các cơ quan, đơn vị trực thuộc.");
        var open = facts.Tasks.Count;
        if (open > 0)
            lines.Add($"Trong kỳ, {unit} chủ trì thực hiện {ReportNumbers.Count(open)} nhiệm vụ theo kế hoạch được giao.");
        return string.Join("\n", lines);
    }

    private static string Difficulties(ReportFacts facts)
    {
        var overdue = facts.Tasks.Where(t => t.Status == WorkStatus.Overdue).ToList();
        if (overdue.Count == 0) return "";
        var lines = new List<string> { $"- Còn {ReportNumbers.Count(overdue.Count)} nhiệm vụ quá hạn chưa hoàn thành:" };
        lines.AddRange(overdue.Select(t => $"+ {t.Title} ({t.Plan}{(t.Due is { } d ? ", hạn " + ReportNumbers.Date(d) : "")})"));
        return string.Join("\n", lines);
    }

    private static string Directions(string? source, ReportFacts facts)
    {
        var open = facts.Tasks.Where(t => t.Status != WorkStatus.Done).ToList();
        var lines = new List<string>();
        if (source is not null) lines.Add($"1. Tiếp tục triển khai thực hiện có hiệu quả {source}.");
        if (open.Count > 0)
        {
            lines.Add($"{lines.Count + 1}. Tập trung hoàn thành các nhiệm vụ còn dở dang:");
            lines.AddRange(open.Take(20).Select(t => $"- {t.Title}"));
        }
        return string.Join("\n", lines);
    }
}
