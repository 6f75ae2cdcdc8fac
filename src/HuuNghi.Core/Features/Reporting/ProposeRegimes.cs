using System.Text.RegularExpressions;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// Turns a parsed document's deadlines into regime proposals for a focal officer to complete and save with
/// <see cref="CreateRegime"/>: "tháng 12 hằng năm" becomes a yearly regime, "quý I/2025" a one-off review.
/// Nothing is stored here; who reports and receives is the officer's call.
/// </summary>
public sealed partial class ProposeRegimes
{
    /// <summary>The parser's shape: due is "12" (a month, with yearly recurrence), "2025-Q1" or "2022-08".</summary>
    public sealed record ParsedDeadline(string What, string Due, string? Recurrence, string Text);

    public sealed record Proposal(string Name, ReportKind Kind, ReportingFrequency Frequency, string FirstPeriod,
        int? CutoffDay, int DeadlineDaysAfterCutoff, string SourceText);

    public Task<IReadOnlyList<Proposal>> HandleAsync(IReadOnlyList<ParsedDeadline> deadlines, int documentYear, string? sourceReference, CancellationToken ct = default)
    {
        // The deadlines come from a client's JSON: each must carry what the parser gives, within a sane size.
        var v = new Common.Validation().Present(deadlines, "Deadlines")
            .Require(documentYear is >= 1900 and <= 2200, "DocumentYear", "Năm của văn bản không hợp lệ.", "The document's year is not valid.")
            .MaxLength(sourceReference, 120, "SourceReference");
        IReadOnlyList<ParsedDeadline?>? given = deadlines;
        for (var i = 0; i < (given?.Count ?? 0); i++)
        {
            var d = given![i];
            v.Present(d, $"Deadlines[{i}]");
            if (d is null) continue;
            v.Present(d.What, $"Deadlines[{i}].What").MaxLength(d.What, Common.Validation.TitleMax, $"Deadlines[{i}].What")
                .Present(d.Due, $"Deadlines[{i}].Due").MaxLength(d.Due, 40, $"Deadlines[{i}].Due")
                .MaxLength(d.Recurrence, 40, $"Deadlines[{i}].Recurrence").MaxLength(d.Text, Common.Validation.TitleMax * 4, $"Deadlines[{i}].Text");
        }
        v.ThrowIfInvalid();
        return Task.FromResult(Propose(deadlines, documentYear, sourceReference));
    }

    internal static IReadOnlyList<Proposal> Propose(IReadOnlyList<ParsedDeadline> deadlines, int documentYear, string? sourceReference)
    {
        var proposals = new List<Proposal>();
        foreach (var d in deadlines)
        {
            var name = string.IsNullOrWhiteSpace(sourceReference) ? d.What.Trim() : $"{d.What.Trim()} ({sourceReference})";
            var kind = ReviewWords().IsMatch(d.What) ? ReportKind.Thematic : ReportKind.Periodic;
            if (d.Recurrence == "yearly" && int.TryParse(d.Due, out var month) && month is >= 1 and <= 12)
            {
                // Due in December: the year's report, cut off on 14/12 (Decree 09's annual window), sent by 19/12.
                // Due in another month: the calendar year's report, sent by the end of that month of the next year.
                var (cutoffDay, days) = month == 12 ? ((int?)15, 5)
                    : ((int?)null, new DateOnly(2001, month, 1).AddMonths(1).AddDays(-1).DayNumber - new DateOnly(2000, 12, 31).DayNumber);
                proposals.Add(new Proposal(name, kind, ReportingFrequency.Yearly,
                    documentYear.ToString(System.Globalization.CultureInfo.InvariantCulture), cutoffDay, days, d.Text ?? ""));
            }
            else if (ReportingPeriod.TryParse(d.Due, out var period))
            {
                proposals.Add(new Proposal(name, kind, ReportingFrequency.Once, period.Key, null, 0, d.Text ?? ""));
            }
        }
        return proposals;
    }

    [GeneratedRegex("sơ kết|tổng kết|review", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewWords();
}
