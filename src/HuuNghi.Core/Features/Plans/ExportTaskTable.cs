using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Writing.Docx;
using HuuNghi.Documents.Writing.Xlsx;

namespace HuuNghi.Core.Features.Plans;

/// <summary>The plan's task assignment table as a Decree 30 annex (DOCX, landscape) or a workbook (XLSX).</summary>
public sealed class ExportTaskTable(ShowPlan show)
{
    public sealed record File(string FileName, string ContentType, byte[] Content);

    public async Task<File> HandleAsync(int planId, string format, UnitScope scope, CancellationToken ct = default)
    {
        var plan = await show.HandleAsync(planId, scope, ct);
        var name = $"phan-cong-{Slug(plan.Reference ?? plan.Id.ToString())}";
        var rows = plan.Tasks.Select(t => new TaskAssignmentRow($"{t.Ref}. {t.Title}", Names(t.Lead), Names(t.Coordinating),
            t.Timeframe.Text ?? Timeframe(t.Timeframe), StatusText(t.Status))).ToList();
        if (format == "xlsx")
        {
            var sheet = new XlsxSheet("Phân công", [new("STT", 6), new("Nhiệm vụ", 60), new("Cơ quan chủ trì", 35), new("Cơ quan phối hợp", 45), new("Thời gian thực hiện", 22), new("Tình trạng", 16)],
                rows.Select((r, i) => (IReadOnlyList<XlsxValue>)[XlsxValue.Integer(i + 1), XlsxValue.Text(r.Task), XlsxValue.Text(r.Lead), XlsxValue.Text(r.Coordinating), XlsxValue.Text(r.Timeframe), XlsxValue.Text(r.Status)]));
            return new File(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XlsxWorkbook.Write(sheet));
        }
        var title = plan.Reference is null ? $"Phân công nhiệm vụ thực hiện {plan.Title}" : $"Phân công nhiệm vụ thực hiện Kế hoạch số {plan.Reference}";
        var docx = new AdministrativeDocumentWriter().Write(TaskAssignmentTable.Document(title, rows));
        return new File(name + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx);
    }

    private static string Names(IEnumerable<ShowPlan.Assignee> names) => string.Join("; ", names.Select(n => n.Name));

    private static string Timeframe(ShowPlan.Timeframe t) => t.Due is { } d ? $"Trước {d:dd/MM/yyyy}" : t.Kind == "ongoing" ? "Thường xuyên" : "";

    public static string StatusText(WorkStatus s) => s switch
    {
        WorkStatus.Done => "Hoàn thành",
        WorkStatus.InProgress => "Đang thực hiện",
        WorkStatus.Overdue => "Quá hạn",
        _ => "Chưa thực hiện",
    };

    private static string Slug(string s) => new(HuuNghi.Documents.Text.VietnameseText.Fold(s).Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}
