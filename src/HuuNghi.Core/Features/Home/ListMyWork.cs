using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.Home;

/// <summary>
/// The home page's work list for the user's units and scope: reports owed, tasks overdue or due within 30 days,
/// plans giving the units work, names waiting to be mapped, reminders received, alerts, and for focal officers and
/// leaders the requests they receive. Every list is bounded (<see cref="Shown"/>); the page links to the full one.
/// </summary>
public sealed class ListMyWork(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock, ListTasks tasks, ListAlerts alerts, MapUnitName names)
{
    public const int Shown = 20;
    public const int DueWithinDays = 30;

    /// <summary>
    /// A plan is new when stored after the user's last look at the work list (<see cref="WorkListLook"/>); before their
    /// first look, within the last 14 days: a fortnight covers a part-time officer's absence without flagging a year.
    /// </summary>
    public const int NewForDays = 14;

    public enum ReminderSource { Report, Task }

    public sealed record OwedReport(int RequestId, string Title, string Period, DateOnly Deadline, int UnitId, string UnitName, string ReceiverName,
        SubmissionStatus? Status, int DaysLate)
    {
        public bool Returned => Status == SubmissionStatus.Returned;
    }

    public sealed record TaskItem(int TaskId, int PlanId, string? PlanReference, string Ref, string Title, int UnitId, string UnitName, DateOnly? Due,
        WorkStatus Status, WorkStatus Own, bool Leads);

    public sealed record Assignment(int PlanId, string? Reference, string Title, DateOnly PlanDate, DateTime CreatedAt, int LeadTasks,
        int CoordinatingTasks, bool IsNew);

    public sealed record ReminderItem(ReminderSource Source, int ReminderId, int TargetId, int UnitId, string UnitName, string About, string Message, DateTime SentAt,
        bool IsNew);

    public sealed record MissingUnit(int UnitId, string Name, bool Returned);

    public sealed record ReceivedRequest(int RequestId, string Title, string Period, DateOnly Deadline, string ReceiverName, int Expected,
        int Submitted, decimal Rate, decimal OnTimeRate, IReadOnlyList<MissingUnit> Missing, int MissingTotal);

    public sealed record Result(DateOnly Today, IReadOnlyList<OwedReport> Owed, int OwedTotal, IReadOnlyList<TaskItem> Tasks, int Overdue, int DueSoon,
        IReadOnlyList<Assignment> Assignments, int NewAssignments, int UnmappedNames, IReadOnlyList<ReminderItem> Reminders, int NewReminders,
        IReadOnlyList<ListAlerts.Alert> Alerts, int AlertsTotal, bool ShowsReceived, bool CanRemind, IReadOnlyList<ReceivedRequest> Received)
    {
        /// <summary>Incoming documents to handle (<see cref="IncomingWork"/>).</summary>
        public IReadOnlyList<IncomingWork.Item> Incoming { get; init; } = [];
        public int IncomingTotal { get; init; }
    }

    public async Task<Result> HandleAsync(UnitScope scope, CancellationToken ct = default)
    {
        var tree = await trees.GetAsync(db, ct);
        var today = ReportRequest.Today(clock);
        var newSince = await Inbox.NewSinceAsync(db, clock, ct);

        var (owed, owedTotal) = await ReportsOwed.ListAsync(db, tree, scope, today, Shown, ct);
        var due = await tasks.HandleAsync(new ListTasks.Query(OnlyDueOrOverdue: true, DueWithinDays: DueWithinDays), scope, ct);
        var assignments = await Inbox.AssignmentsAsync(db, scope, newSince, onlyNew: false, ct);
        var unmapped = scope.IsInRole(Roles.FocalOfficer, Roles.UnitOfficer) ? (await names.ListAsync(scope, ct)).Count : 0;
        var reminders = await Inbox.RemindersAsync(db, tree, scope, today, Shown, ct);
        var inScope = await alerts.HandleAsync(null, scope, ct);
        var showsReceived = scope.IsInRole(Roles.FocalOfficer, Roles.Leader);
        var received = showsReceived ? await ReceivedRequests.ListAsync(db, tree, scope, requests: 3, missingShown: Shown, ct) : [];

        var (incoming, incomingTotal) = await IncomingWork.ListAsync(db, scope, today, Shown, ct);

        return new Result(today, owed, owedTotal,
            [.. due.Take(Shown).Select(t => new TaskItem(t.TaskId, t.PlanId, t.PlanReference, t.Ref, t.Title, t.OrgUnitId, t.Unit, t.Due, t.Status, t.Own, t.Role == "lead"))],
            due.Count(t => t.Status == WorkStatus.Overdue), due.Count(t => t.Status != WorkStatus.Overdue),
            [.. assignments.Take(Shown)], assignments.Count(a => a.IsNew), unmapped,
            reminders, reminders.Count(r => r.IsNew),
            [.. inScope.OrderBy(a => a.Due ?? DateOnly.MaxValue).Take(Shown)], inScope.Count,
            showsReceived, scope.IsInRole(ReportingRoles.Raisers), received) { Incoming = incoming, IncomingTotal = incomingTotal };
    }
}
