using HuuNghi.Core.Features.Plans;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>
/// The registers' and tasks' rows a report is written from, already reduced to what a sentence or a footnote
/// needs. <c>Unit</c> names the unit that recorded a row when it is not the reporting unit itself (a commune's
/// visit in a district's report, a district's in the consolidated one), so the footnote can say whose it was.
/// </summary>
public sealed record ReportFacts
{
    public IReadOnlyList<VisitFact> Visits { get; init; } = [];
    public IReadOnlyList<OutboundFact> Outbound { get; init; } = [];
    public IReadOnlyList<ProjectFact> Projects { get; init; } = [];

    /// <summary>Null when no disbursement was recorded in the period; zero only when zero was recorded.</summary>
    public decimal? DisbursedVnd { get; init; }
    public IReadOnlyList<CitizensFact> CitizensAbroad { get; init; } = [];
    public IReadOnlyList<EventFact> Events { get; init; } = [];
    public IReadOnlyList<InformationFact> Information { get; init; } = [];
    public IReadOnlyList<AgreementFact> Agreements { get; init; } = [];
    public IReadOnlyList<TrainingFact> Trainings { get; init; } = [];
    public IReadOnlyList<TaskFact> Tasks { get; init; } = [];
    public IReadOnlyList<OfficerFact> Officers { get; init; } = [];
    public IReadOnlyList<BudgetFact> Budget { get; init; } = [];

    public bool IsEmpty => Visits.Count + Outbound.Count + Projects.Count + CitizensAbroad.Count + Events.Count + Information.Count
        + Agreements.Count + Trainings.Count + Tasks.Count + Officers.Count + Budget.Count == 0 && DisbursedVnd is null;

    /// <summary>Several units' facts as one report states them (consolidation).</summary>
    public static ReportFacts Merge(IEnumerable<ReportFacts> parts)
    {
        var all = parts.ToList();
        return new ReportFacts
        {
            Visits = [.. all.SelectMany(f => f.Visits)],
            Outbound = [.. all.SelectMany(f => f.Outbound)],
            Projects = [.. all.SelectMany(f => f.Projects)],
            DisbursedVnd = all.Any(f => f.DisbursedVnd is not null) ? all.Sum(f => f.DisbursedVnd ?? 0) : null,
            CitizensAbroad = [.. all.SelectMany(f => f.CitizensAbroad)],
            Events = [.. all.SelectMany(f => f.Events)],
            Information = [.. all.SelectMany(f => f.Information)],
            Agreements = [.. all.SelectMany(f => f.Agreements)],
            Trainings = [.. all.SelectMany(f => f.Trainings)],
            Tasks = [.. all.SelectMany(f => f.Tasks)],
            Officers = [.. all.SelectMany(f => f.Officers)],
            Budget = [.. all.SelectMany(f => f.Budget)],
        };
    }

    /// <summary>The same facts said to come from <paramref name="unit"/> where they do not name a unit already.</summary>
    public ReportFacts AttributedTo(string unit) => new()
    {
        Visits = [.. Visits.Select(v => v with { Unit = v.Unit ?? unit })],
        Outbound = [.. Outbound.Select(v => v with { Unit = v.Unit ?? unit })],
        Projects = [.. Projects.Select(v => v with { Unit = v.Unit ?? unit })],
        DisbursedVnd = DisbursedVnd,
        CitizensAbroad = [.. CitizensAbroad.Select(v => v with { Unit = v.Unit ?? unit })],
        Events = [.. Events.Select(v => v with { Unit = v.Unit ?? unit })],
        Information = [.. Information.Select(v => v with { Unit = v.Unit ?? unit })],
        Agreements = [.. Agreements.Select(v => v with { Unit = v.Unit ?? unit })],
        Trainings = [.. Trainings.Select(v => v with { Unit = v.Unit ?? unit })],
        Tasks = [.. Tasks.Select(v => v with { Unit = v.Unit ?? unit })],
        Officers = [.. Officers.Select(v => v with { Unit = v.Unit ?? unit })],
        Budget = [.. Budget.Select(v => v with { Unit = v.Unit ?? unit })],
    };
}

/// <summary>All visits of one organisation in the period: the seed footnotes "Rikolto (3 lượt)".</summary>
public sealed record VisitFact(string Partner, string? Country, int Visits, int People, string? Field, string? Unit);

public sealed record OutboundFact(string Partner, string? Country, DateOnly Date, int People, string Purpose, string? Unit);

/// <summary><see cref="CommitmentVnd"/> is null when the register holds no amount ("not stated", not "free").</summary>
public sealed record ProjectFact(string Title, string Donor, string? Country, decimal? CommitmentVnd, string? Field, string? Unit);

public sealed record CitizensFact(string Country, string CountryName, int Work, int Study, string? Unit);

public sealed record EventFact(string Title, DateOnly Date, int? Participants, string? Unit);

public sealed record InformationFact(string Title, int? Groups, int? People, int? Visitors, int? Reach, string? Unit);

public sealed record AgreementFact(string Title, string Partner, string? Country, DateOnly Date, DateOnly? ValidTo, string? Unit);

public sealed record TrainingFact(string Course, string? Organiser, int Participants, DateOnly Date, string? Unit);

public sealed record TaskFact(string Plan, string Ref, string Title, WorkStatus Status, DateOnly? Due, string? Unit);

/// <summary>An officer in post in the period; only what the report counts, never the name (personal data).</summary>
public sealed record OfficerFact(bool PartTime, string? Unit);

/// <summary>A unit's đồng for one year; <see cref="Spent"/> is null when nothing was reported spent.</summary>
public sealed record BudgetFact(int Year, decimal Allocated, decimal? Spent, string? Unit);
