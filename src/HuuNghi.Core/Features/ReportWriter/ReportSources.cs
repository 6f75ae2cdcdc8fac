using System.Globalization;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Documents.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>
/// Names documents the way a report cites them: "Kế hoạch số 313/KH-UBND ngày 12/9/2022 của UBND tỉnh Đồng Tháp".
/// What the document store knows is used; a reference it does not hold is cited by its number alone.
/// </summary>
internal sealed class ReportSources(HuuNghiDbContext db, OrgTree tree)
{
    public async Task<string?> CiteAsync(string? reference, DateOnly? date, int? issuerId, DateOnly day, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reference)) return null;
        var key = ReferenceKey.Of(reference);
        var stored = key is null ? null : await db.Documents.AsNoTracking().Where(d => d.ReferenceKey == key)
            .OrderBy(d => d.IsPlaceholder).Select(d => new { d.Kind, d.IssuedOn, d.IssuerUnitId, d.Issuer }).FirstOrDefaultAsync(ct);
        var kind = KindName(stored?.Kind ?? KindFromSymbol(reference));
        var issued = date ?? (DateOnly.TryParse(stored?.IssuedOn, CultureInfo.InvariantCulture, out var d) ? d : null);
        var issuer = (stored?.IssuerUnitId ?? issuerId) is { } id && tree.Find(id) is not null ? Short(tree.NameOn(id, day)) : stored?.Issuer;
        var text = $"{kind} số {reference.Trim()}";
        if (issued is { } on) text += $" ngày {on.Day}/{on.Month}/{on.Year}";
        if (!string.IsNullOrWhiteSpace(issuer)) text += $" của {issuer}";
        return text;
    }

    /// <summary>"Ủy ban nhân dân tỉnh Đồng Tháp" → "UBND tỉnh Đồng Tháp", as reports abbreviate it after the first use.</summary>
    public static string Short(string name) =>
        name.StartsWith("Ủy ban nhân dân ", StringComparison.OrdinalIgnoreCase) ? "UBND " + name["Ủy ban nhân dân ".Length..] : name;

    private static string KindFromSymbol(string reference)
    {
        var symbol = reference.Contains('/') ? reference[(reference.IndexOf('/') + 1)..] : "";
        var head = symbol.Split('-', '/')[0].ToUpperInvariant();
        return head switch
        {
            "KH" => DocumentKinds.Plan, "CT" => DocumentKinds.Directive, "BC" => DocumentKinds.Report, "QĐ" => DocumentKinds.Decision,
            "NQ" => DocumentKinds.Resolution, "KL" => DocumentKinds.Conclusion, "HD" => DocumentKinds.Guidance, "TB" => DocumentKinds.Notice,
            "CTR" => DocumentKinds.ActionProgram, "NĐ" => DocumentKinds.Decree, "TT" => DocumentKinds.Circular,
            _ => DocumentKinds.Dispatch,
        };
    }

    public static string KindName(string kind) => kind switch
    {
        DocumentKinds.Plan => "Kế hoạch",
        DocumentKinds.Directive => "Chỉ thị",
        DocumentKinds.Report => "Báo cáo",
        DocumentKinds.Decision => "Quyết định",
        DocumentKinds.Resolution => "Nghị quyết",
        DocumentKinds.Conclusion => "Kết luận",
        DocumentKinds.Guidance => "Hướng dẫn",
        DocumentKinds.Notice => "Thông báo",
        DocumentKinds.ActionProgram => "Chương trình hành động",
        DocumentKinds.Decree => "Nghị định",
        DocumentKinds.Circular => "Thông tư",
        DocumentKinds.Scheme => "Đề án",
        _ => "Công văn",
    };
}
