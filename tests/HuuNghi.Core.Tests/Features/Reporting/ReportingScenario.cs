using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Tests.Features.Reporting;

/// <summary>
/// A small reporting world on the reference tree: Sở Ngoại vụ Quảng Ngãi receives a yearly report from the
/// province's district People's Committees and its Front; a focal officer and a Bình Sơn officer act in it.
/// </summary>
internal sealed class ReportingScenario(TestHost host)
{
    public UnitScope Focal { get; private set; } = null!;
    public UnitScope Officer { get; private set; } = null!;
    public int BinhSon { get; private set; }
    public int Front { get; private set; }

    public static async Task<ReportingScenario> CreateAsync(TestHost host)
    {
        var s = new ReportingScenario(host);
        s.Focal = await host.ScopeOfAsync(await host.CreateUserAsync("sngv", Roles.FocalOfficer, "qng"));
        s.Officer = await host.ScopeOfAsync(await host.CreateUserAsync("binhson", Roles.UnitOfficer, "qng.bs"));
        s.BinhSon = await host.UnitIdAsync("qng.bs.ubnd");
        s.Front = await host.UnitIdAsync("qng.mttq");
        return s;
    }

    public async Task<int> RegimeAsync(string firstPeriod = "2024", int deadlineDays = 5, IReadOnlyList<string>? indicators = null,
        IReadOnlyList<OrgUnitKind>? bodies = null)
    {
        var command = new CreateRegime.Command("Báo cáo đối ngoại nhân dân hằng năm", "Kết quả thực hiện Chỉ thị 12-CT/TW",
            ReportKind.Periodic, ReportingFrequency.Yearly, await host.UnitIdAsync("qng.sngv"), await host.UnitIdAsync("qng"),
            true, bodies ?? [OrgUnitKind.FatherlandFront], firstPeriod, null, 15, deadlineDays, ["I. Triển khai", "II. Kết quả"],
            indicators ?? ["delegations-in.visits", "aid-projects.active"]);
        return await host.RunAsync<CreateRegime, int>(c => c.HandleAsync(command, Focal));
    }

    public Task<int> RaiseAsync(int regimeId, string period) =>
        host.RunAsync<RaiseRequest, int>(r => r.HandleAsync(new RaiseRequest.Command(regimeId, period), Focal));

    public Task<GetRates.Result> RatesAsync(int requestId, UnitScope? scope = null, int? root = null) =>
        host.RunAsync<GetRates, GetRates.Result>(g => g.HandleAsync(requestId, root, scope ?? Focal));

    public Task<GetSubmission.Details> SubmissionAsync(int requestId, int unitId) =>
        host.RunAsync<GetSubmission, GetSubmission.Details>(g => g.HandleAsync(requestId, unitId, Focal));

    /// <summary>Draft, figures, submit: returns the submission id.</summary>
    public async Task<int> SubmitAsync(int requestId, int unitId, Dictionary<string, decimal>? figures = null, UnitScope? by = null)
    {
        var scope = by ?? Officer;
        var draft = await host.RunAsync<StartDraft, StartDraft.Started>(s => s.HandleAsync(new StartDraft.Command(requestId, unitId), scope));
        await host.RunAsync<SaveDraft>(s => s.HandleAsync(new SaveDraft.Command(draft.SubmissionId, draft.Number, "Nội dung báo cáo", null,
            figures ?? new() { ["delegations-in.visits"] = 3 }), scope));
        var seen = (await SubmissionAsync(requestId, unitId)).SeenVersion;
        await host.RunAsync<SubmitReport>(s => s.HandleAsync(new SubmitReport.Command(draft.SubmissionId, seen), scope));
        return draft.SubmissionId;
    }
}
