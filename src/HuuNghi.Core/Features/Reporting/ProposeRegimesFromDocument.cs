using System.Text.Json;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>Regime proposals from the deadlines the parser found in a stored document (a plan's "tháng 12 hằng năm").</summary>
public sealed class ProposeRegimesFromDocument(HuuNghiDbContext db)
{
    public async Task<IReadOnlyList<ProposeRegimes.Proposal>> HandleAsync(int documentId, CancellationToken ct = default)
    {
        var doc = await db.Documents.AsNoTracking().Where(d => d.Id == documentId)
            .Select(d => new { d.Reference, d.IssuedYear, d.ParsedJson }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(new Localized($"Không có văn bản số {documentId}.", $"There is no document {documentId}."));
        var deadlines = new List<ProposeRegimes.ParsedDeadline>();
        if (doc.ParsedJson is { Length: > 0 } json)
        {
            using var parsed = JsonDocument.Parse(json);
            var found = parsed.RootElement.EnumerateObject().FirstOrDefault(p => p.NameEquals("deadlines") || p.NameEquals("Deadlines"));
            if (found.Value.ValueKind == JsonValueKind.Array)
                deadlines.AddRange(found.Value.EnumerateArray().Select(d => new ProposeRegimes.ParsedDeadline(
                    Text(d, "what"), Text(d, "due"), d.TryGetProperty("recurrence", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null, Text(d, "text"))));
        }
        var year = doc.IssuedYear ?? ReportRequest.Today(db.Clock).Year;
        return ProposeRegimes.Propose(deadlines, year, doc.Reference);
    }

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
}
