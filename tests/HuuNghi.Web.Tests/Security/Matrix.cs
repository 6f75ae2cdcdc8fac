namespace HuuNghi.Web.Tests.Security;

/// <summary>Who may call a route: anyone, any signed-in user (what they get is their own scope), or only a user with the object in scope.</summary>
public enum Grant { Public, SignedIn, Guarded }

/// <summary>
/// Đồng Tháp's objects the matrix probes with: none of them is in a prober's scope (Ninh Bình, Quảng Ngãi), so every
/// Guarded route must refuse every prober but the administrator.
/// </summary>
public sealed record MatrixIds(int Province, int Focal, int District, int Committee, int Spare, int SpareTarget, int Dissolvable,
    int Document, string DocumentReference, int OtherDocument, int Plan, int Task, int TaskLead, int Request, int Submission, int Regime, int Entry,
    IReadOnlyDictionary<string, string?> EntryValues, int Outgoing, int Incoming, int Evidence, int Reminder, string HeldUpload)
{
    /// <summary>A Đồng Tháp account no prober signs in as (the administrator's writes on it must not lock a prober out).</summary>
    public int Account { get; init; }
}

/// <param name="Url">The route with Đồng Tháp's ids filled in; null: the route as it is, any placeholder 1.</param>
/// <param name="Json">The body of an /api write: plausible, so a refusal cannot be a validation error of the body.</param>
/// <param name="Form">Form fields of a page post (the antiforgery token is added); for an /api route, a multipart upload of a seed.</param>
/// <param name="SafeWhenOk">For a route that answers a prober 2xx by design (per-row refusals): the answer shows nothing was done.</param>
public sealed record Entry(Grant Grant, Func<MatrixIds, string>? Url = null, Func<MatrixIds, object>? Json = null,
    Func<MatrixIds, Dictionary<string, string>>? Form = null, Func<string, bool>? SafeWhenOk = null);

/// <summary>
/// Issue 17, item 2: every route of the app and the rule it is held to. The key is the method and the route as the
/// OpenAPI document (/api) or the endpoint table (pages, with their handler; the rest) names it; a route without a key
/// here fails <see cref="AuthorisationMatrixTests"/>, so nothing is added unguarded.
/// </summary>
public static class Matrix
{
    private static Entry Public(Func<MatrixIds, string>? url = null, Func<MatrixIds, object>? json = null) => new(Grant.Public, url, json);
    private static Entry SignedIn(Func<MatrixIds, string>? url = null, Func<MatrixIds, object>? json = null,
        Func<MatrixIds, Dictionary<string, string>>? form = null) => new(Grant.SignedIn, url, json, form);
    private static Entry Guarded(Func<MatrixIds, string> url, Func<MatrixIds, object>? json = null,
        Func<MatrixIds, Dictionary<string, string>>? form = null) => new(Grant.Guarded, url, json, form);
    private static Dictionary<string, string> F(params (string Key, object Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => Convert.ToString(f.Value, System.Globalization.CultureInfo.InvariantCulture)!);
    private static readonly Dictionary<string, string> Upload = new() { ["file"] = "seed" };

    private static object Task(MatrixIds o) => new { @ref = "9", title = "Nhiệm vụ thử", leadUnitIds = new[] { o.District }, timeframe = "ByDate", due = "2026-12-31" };

    public static readonly IReadOnlyDictionary<string, Entry> Api = new Dictionary<string, Entry>
    {
        ["POST /api/auth/token"] = Public(json: _ => new { userName = "khong.co", password = "sai-mat-khau1" }),
        // Accounts are the administrator's alone: every other prober is refused whatever the account.
        ["GET /api/users"] = Guarded(_ => "/api/users"),
        ["GET /api/users/successor-proposals"] = Guarded(_ => "/api/users/successor-proposals"),
        ["GET /api/users/{id}"] = Guarded(o => $"/api/users/{o.Account}"),
        ["PUT /api/users/{id}"] = Guarded(o => $"/api/users/{o.Account}", o => new { fullName = "Người thử", culture = "vi", roles = new[] { "Leader" }, unitIds = new[] { o.Province }, concurrencyStamp = "cu" }),
        ["POST /api/users/{id}/successors"] = Guarded(o => $"/api/users/{o.Account}/successors", o => new { endedUnitId = o.District, successorId = o.Province }),
        ["POST /api/users/{id}/password"] = Guarded(o => $"/api/users/{o.Account}/password", _ => new { newPassword = "x" }),
        ["POST /api/users/{id}/disable"] = Guarded(o => $"/api/users/{o.Account}/disable"),
        ["POST /api/users/{id}/enable"] = Guarded(o => $"/api/users/{o.Account}/enable"),
        ["GET /api/orgunits"] = SignedIn(),
        ["GET /api/orgunits/search"] = SignedIn(_ => "/api/orgunits/search?q=Dong%20Thap"),
        ["GET /api/orgunits/{id}/children"] = Guarded(o => $"/api/orgunits/{o.Province}/children"),
        ["GET /api/orgunits/{id}"] = Guarded(o => $"/api/orgunits/{o.District}"),
        ["PUT /api/orgunits/{id}"] = Guarded(o => $"/api/orgunits/{o.Spare}", _ => new { name = "Công an huyện Tháp Mười", version = 0 }),
        ["POST /api/orgunits/{id}/move"] = Guarded(o => $"/api/orgunits/{o.Spare}/move", o => new { parentId = o.Province, from = "2025-07-01" }),
        ["POST /api/orgunits/merge"] = Guarded(_ => "/api/orgunits/merge", o => new { sourceIds = new[] { o.Spare }, targetId = o.SpareTarget, date = "2025-07-01" }),
        ["POST /api/orgunits/{id}/dissolve"] = Guarded(o => $"/api/orgunits/{o.Dissolvable}/dissolve", _ => new { date = "2025-07-01" }),
        ["GET /api/audit"] = SignedIn(o => $"/api/audit?entityType=Plan&entityId={o.Plan}"),
        ["POST /api/documents/lint"] = new(Grant.SignedIn, _ => "/api/documents/lint", Form: _ => Upload),
        ["GET /api/indicators"] = Guarded(o => $"/api/indicators?unit={o.Province}&from=2023-01-01&to=2023-12-31"),
        ["GET /api/alerts"] = Guarded(o => $"/api/alerts?unit={o.Province}"),
        ["POST /api/documents"] = new(Grant.Guarded, o => $"/api/documents?unit={o.Focal}", Form: _ => Upload),
        ["GET /api/documents"] = SignedIn(),
        ["GET /api/documents/{id}"] = Guarded(o => $"/api/documents/{o.Document}"),
        ["GET /api/documents/by-reference"] = Guarded(o => "/api/documents/by-reference?reference=" + o.DocumentReference),
        ["GET /api/documents/{id}/file"] = Guarded(o => $"/api/documents/{o.Document}/file"),
        ["GET /api/documents/{id}/edxml"] = Guarded(o => $"/api/documents/{o.Document}/edxml"),
        ["POST /api/plans"] = Guarded(_ => "/api/plans", o => new { title = "Kế hoạch thử", planDate = "2026-01-02", issuerUnitId = o.Focal, tasks = new[] { Task(o) } }),
        ["GET /api/plans/{reference}"] = Guarded(_ => "/api/plans/313/KH-UBND"),
        ["GET /api/plans/id/{id}"] = Guarded(o => $"/api/plans/id/{o.Plan}"),
        ["GET /api/plans/compliance"] = Guarded(_ => "/api/plans/compliance?reference=313/KH-UBND"),
        ["GET /api/plans/id/{id}/compliance"] = Guarded(o => $"/api/plans/id/{o.Plan}/compliance"),
        ["GET /api/plans/id/{id}/table"] = Guarded(o => $"/api/plans/id/{o.Plan}/table?format=xlsx"),
        ["POST /api/plans/id/{id}/tasks"] = Guarded(o => $"/api/plans/id/{o.Plan}/tasks", Task),
        ["PUT /api/plans/tasks/{taskId}"] = Guarded(o => $"/api/plans/tasks/{o.Task}?version=0", Task),
        ["POST /api/plans/tasks/{taskId}/progress"] = Guarded(o => $"/api/plans/tasks/{o.Task}/progress",
            o => new { orgUnitId = o.TaskLead, on = "2026-01-05", text = "Đã triển khai", done = false }),
        ["GET /api/plans/id/{id}/progress"] = Guarded(o => $"/api/plans/id/{o.Plan}/progress"),
        ["GET /api/plans/evidence/{id}"] = Guarded(o => $"/api/plans/evidence/{o.Evidence}"),
        ["GET /api/plans/tasks"] = Guarded(o => $"/api/plans/tasks?unit={o.Province}"),
        ["POST /api/plans/reminders"] = SignedIn(),
        ["GET /api/plans/reminders"] = SignedIn(),
        ["GET /api/plans/unmatched"] = SignedIn(),
        ["POST /api/plans/unmatched"] = Guarded(_ => "/api/plans/unmatched", o => new { planId = o.Plan, name = "Sở Ngoại vụ", orgUnitId = o.Focal }),
        ["GET /api/registers"] = SignedIn(),
        ["GET /api/registers/partners"] = SignedIn(),
        ["GET /api/registers/{register}"] = Guarded(o => $"/api/registers/delegations-in?unitId={o.District}"),
        ["POST /api/registers/{register}"] = Guarded(_ => "/api/registers/delegations-in", o => new { unitId = o.District, values = o.EntryValues }),
        ["GET /api/registers/{register}/{id}"] = Guarded(o => $"/api/registers/delegations-in/{o.Entry}"),
        ["PUT /api/registers/{register}/{id}"] = Guarded(o => $"/api/registers/delegations-in/{o.Entry}", o => new { unitId = o.District, values = o.EntryValues, version = 0 }),
        ["DELETE /api/registers/{register}/{id}"] = Guarded(o => $"/api/registers/delegations-in/{o.Entry}?version=0"),
        // Rows are refused one by one (ADR 6): a prober's import of Đồng Tháp's rows answers 200, stores and changes none.
        ["POST /api/registers/{register}/import"] = new(Grant.Guarded, _ => "/api/registers/delegations-in/import", Form: _ => new() { ["file"] = "export" },
            SafeWhenOk: body => body.Contains("\"stored\":0") && body.Contains("\"changed\":0")),
        ["GET /api/registers/{register}/export"] = SignedIn(_ => "/api/registers/delegations-in/export"),
        ["GET /api/reporting/requests"] = SignedIn(),
        ["POST /api/reporting/requests"] = Guarded(_ => "/api/reporting/requests", o => new
        {
            title = "Báo cáo đột xuất", receiverId = o.Focal, unitIds = new[] { o.District }, period = "2026-dx",
            cutoffFrom = "2026-01-01", cutoffTo = "2026-06-30", deadline = "2026-07-15",
        }),
        ["GET /api/reporting/requests/{id}/rates"] = Guarded(o => $"/api/reporting/requests/{o.Request}/rates"),
        ["POST /api/reporting/regimes"] = Guarded(_ => "/api/reporting/regimes", o => new
        {
            name = "Chế độ thử", content = "Nội dung", kind = "Periodic", frequency = "Yearly", receiverId = o.Focal, reporterAreaId = o.Province,
            subordinateCommittees = true, bodyKinds = Array.Empty<string>(), firstPeriod = "2027", cutoffDay = 15, deadlineDaysAfterCutoff = 5,
            templateSections = Array.Empty<string>(), indicatorCodes = Array.Empty<string>(),
        }),
        ["POST /api/reporting/regimes/propose"] = SignedIn(json: _ => new { deadlines = Array.Empty<object>(), documentYear = 2026 }),
        ["POST /api/reporting/regimes/{id}/requests"] = Guarded(o => $"/api/reporting/regimes/{o.Regime}/requests", _ => new { period = "2027" }),
        ["GET /api/reporting/requests/{id}/submissions/{unitId}"] = Guarded(o => $"/api/reporting/requests/{o.Request}/submissions/{o.District}"),
        ["POST /api/reporting/requests/{id}/submissions/{unitId}/drafts"] = Guarded(o => $"/api/reporting/requests/{o.Request}/submissions/{o.District}/drafts"),
        ["PUT /api/reporting/submissions/{id}/versions/{number}"] = Guarded(o => $"/api/reporting/submissions/{o.Submission}/versions/1",
            _ => new { content = "Báo cáo", figures = new Dictionary<string, decimal>() }),
        ["POST /api/reporting/submissions/{id}/submit"] = Guarded(o => $"/api/reporting/submissions/{o.Submission}/submit", _ => new { seenVersion = 0 }),
        ["POST /api/reporting/submissions/{id}/accept"] = Guarded(o => $"/api/reporting/submissions/{o.Submission}/accept", _ => new { seenVersion = 0 }),
        ["POST /api/reporting/submissions/{id}/return"] = Guarded(o => $"/api/reporting/submissions/{o.Submission}/return", _ => new { seenVersion = 0, reason = "Bổ sung số liệu" }),
        ["GET /api/reporting/requests/{id}/consolidation"] = Guarded(o => $"/api/reporting/requests/{o.Request}/consolidation"),
        ["GET /api/reporting/requests/{id}/consolidation.xlsx"] = Guarded(o => $"/api/reporting/requests/{o.Request}/consolidation.xlsx"),
        ["GET /api/reporting/requests/{id}/reminders"] = Guarded(o => $"/api/reporting/requests/{o.Request}/reminders"),
        ["POST /api/reporting/requests/{id}/reminders"] = Guarded(o => $"/api/reporting/requests/{o.Request}/reminders"),
        ["GET /api/reporting/requests/{id}/submissions/{unitId}/report"] = Guarded(o => $"/api/reporting/requests/{o.Request}/submissions/{o.District}/report?format=xlsx"),
        ["GET /api/reporting/requests/{id}/submissions/{unitId}/report/content"] = Guarded(o => $"/api/reporting/requests/{o.Request}/submissions/{o.District}/report/content"),
        ["GET /api/reporting/requests/{id}/consolidated-report"] = Guarded(o => $"/api/reporting/requests/{o.Request}/consolidated-report?format=xlsx"),
        ["GET /api/reporting/requests/{id}/consolidated-report/content"] = Guarded(o => $"/api/reporting/requests/{o.Request}/consolidated-report/content"),
        ["PUT /api/reporting/requests/{id}/consolidated-report/text"] = Guarded(o => $"/api/reporting/requests/{o.Request}/consolidated-report/text",
            _ => new { seenVersion = 0, narratives = new[] { "Tổng hợp" } }),
        ["GET /api/orgunits/{id}/issuer-profile"] = Guarded(o => $"/api/orgunits/{o.District}/issuer-profile"),
        ["PUT /api/orgunits/{id}/issuer-profile"] = Guarded(o => $"/api/orgunits/{o.District}/issuer-profile", _ => new { seenVersion = 0, signerName = "Nguyễn Văn A" }),
        ["GET /api/registry/outgoing"] = Guarded(o => $"/api/registry/outgoing?unit={o.Focal}"),
        ["POST /api/registry/outgoing"] = Guarded(_ => "/api/registry/outgoing", o => new { unitId = o.Focal, symbol = "SNGV-NV", reserve = true }),
        ["POST /api/registry/outgoing/{id}/issue"] = Guarded(o => $"/api/registry/outgoing/{o.Outgoing}/issue"),
        ["POST /api/registry/outgoing/{id}/release"] = Guarded(o => $"/api/registry/outgoing/{o.Outgoing}/release", _ => new { reason = "Không dùng" }),
        ["GET /api/registry/outgoing/export"] = Guarded(o => $"/api/registry/outgoing/export?unit={o.Focal}"),
        ["GET /api/registry/incoming"] = Guarded(o => $"/api/registry/incoming?unit={o.Focal}"),
        ["POST /api/registry/incoming"] = Guarded(_ => "/api/registry/incoming", o => new { unitId = o.Focal, documentId = o.OtherDocument }),
        ["POST /api/registry/incoming/{id}/assign"] = Guarded(o => $"/api/registry/incoming/{o.Incoming}/assign", o => new { handlerUnitId = o.Focal, deadline = "2026-12-31" }),
        ["POST /api/registry/incoming/{id}/state"] = Guarded(o => $"/api/registry/incoming/{o.Incoming}/state", _ => new { state = "in-progress" }),
        ["GET /api/registry/incoming/export"] = Guarded(o => $"/api/registry/incoming/export?unit={o.Focal}"),
    };

    /// <summary>Pages (by route and handler) and the endpoints that are neither pages nor in the OpenAPI document.</summary>
    public static readonly IReadOnlyDictionary<string, Entry> Other = new Dictionary<string, Entry>
    {
        ["GET /health"] = Public(),
        ["GET /openapi/{documentName}.json"] = Public(_ => "/openapi/v1.json"),
        ["GET /Account/Login"] = Public(),
        ["POST /Account/Login"] = new(Grant.Public, Form: _ => F(("UserName", "khong.co"), ("Password", "sai-mat-khau1"))),
        ["GET /Account/Denied"] = Public(),
        // Reached by re-execution with the status; called bare it reports a 500 of its own, which is no server error.
        ["GET /Error"] = Public(_ => "/Error?code=404"),
        ["POST /Error"] = Public(_ => "/Error?code=404"),
        // Signing out answers everyone with the login page, as it should.
        ["GET /Account/Logout"] = Public(),
        ["POST /Account/Logout"] = new(Grant.Public, Form: _ => []),
        ["GET /"] = SignedIn(),
        ["GET /?handler=Comparison"] = SignedIn(_ => "/?handler=Comparison"),
        ["POST /?handler=Remind"] = Guarded(_ => "/?handler=Remind", form: o => F(("requestId", o.Request))),
        ["GET /?handler=Reminder"] = Guarded(o => $"/?handler=Reminder&source=Report&id={o.Reminder}"),
        ["GET /Audit"] = SignedIn(o => $"/Audit?EntityType=Plan&EntityId={o.Plan}"),
        ["GET /Documents"] = SignedIn(),
        ["GET /Documents/Details/{id:int}"] = Guarded(o => $"/Documents/Details/{o.Document}"),
        ["GET /Documents/Details/{id:int}?handler=File"] = Guarded(o => $"/Documents/Details/{o.Document}?handler=File"),
        ["GET /Documents/Details/{id:int}?handler=EdXml"] = Guarded(o => $"/Documents/Details/{o.Document}?handler=EdXml"),
        ["GET /Documents/Upload"] = SignedIn(),
        ["POST /Documents/Upload"] = Guarded(_ => "/Documents/Upload", form: o => F(("OwnerUnitId", o.Focal))),
        // Held files are per user: another user's token finds nothing, so the page says the file is gone and stores nothing.
        ["POST /Documents/Upload?handler=Confirm"] = new(Grant.Guarded, _ => "/Documents/Upload?handler=Confirm", Form: o => F(("Token", o.HeldUpload)),
            SafeWhenOk: body => body.Contains("không còn chờ xác nhận")),
        ["POST /Documents/Upload?handler=Discard"] = SignedIn(_ => "/Documents/Upload?handler=Discard", form: o => F(("Token", o.HeldUpload))),
        ["GET /Indicators"] = Guarded(o => $"/Indicators?UnitId={o.Province}"),
        ["GET /Indicators?handler=Xlsx"] = Guarded(o => $"/Indicators?handler=Xlsx&UnitId={o.Province}"),
        ["GET /OrgUnits"] = SignedIn(),
        ["GET /OrgUnits?handler=Nodes"] = Guarded(o => $"/OrgUnits?handler=Nodes&id={o.Province}"),
        ["GET /OrgUnits?handler=Search"] = SignedIn(_ => "/OrgUnits?handler=Search&q=Dong%20Thap"),
        ["GET /OrgUnits?handler=Children"] = Guarded(o => $"/OrgUnits?handler=Children&id={o.Province}"),
        ["GET /OrgUnits/Details/{id:int}"] = Guarded(o => $"/OrgUnits/Details/{o.District}"),
        ["POST /OrgUnits/Details/{id:int}"] = Guarded(o => $"/OrgUnits/Details/{o.Spare}", form: _ => F(("Name", "Công an huyện Tháp Mười"), ("Version", 0))),
        ["POST /OrgUnits/Details/{id:int}?handler=Signer"] = Guarded(o => $"/OrgUnits/Details/{o.District}?handler=Signer",
            form: _ => F(("Signer.SignerName", "Nguyễn Văn A"), ("Signer.SeenVersion", 0))),
        ["GET /Plans"] = SignedIn(),
        ["GET /Plans?handler=Units"] = SignedIn(_ => "/Plans?handler=Units&q=Dong%20Thap"),
        ["GET /Plans/Create"] = SignedIn(),
        ["POST /Plans/Create"] = Guarded(_ => "/Plans/Create", form: o => F(("Title", "Kế hoạch thử"), ("PlanDate", "2026-01-02"), ("IssuerUnitId", o.Focal),
            ("TaskRef", "1"), ("TaskTitle", "Nhiệm vụ"), ("LeadUnitIds", o.District), ("Timeframe", "ByDate"), ("Due", "2026-12-31"))),
        ["GET /Plans/Details/{id:int}"] = Guarded(o => $"/Plans/Details/{o.Plan}"),
        ["GET /Plans/Details/{id:int}?handler=Export"] = Guarded(o => $"/Plans/Details/{o.Plan}?handler=Export&format=xlsx"),
        ["GET /Plans/Details/{id:int}?handler=Evidence"] = Guarded(o => $"/Plans/Details/{o.Plan}?handler=Evidence&evidenceId={o.Evidence}"),
        ["POST /Plans/Details/{id:int}"] = Guarded(o => $"/Plans/Details/{o.Plan}", form: o => F(("TaskRef", "9"), ("TaskTitle", "Nhiệm vụ"),
            ("LeadUnitIds", o.District), ("Timeframe", "ByDate"), ("Due", "2026-12-31"))),
        ["GET /Plans/EditTask/{id:int}"] = Guarded(o => $"/Plans/EditTask/{o.Task}"),
        ["POST /Plans/EditTask/{id:int}"] = Guarded(o => $"/Plans/EditTask/{o.Task}", form: o => F(("PlanId", o.Plan), ("Version", 0), ("TaskRef", "1"),
            ("TaskTitle", "Nhiệm vụ"), ("LeadUnitIds", o.District), ("Timeframe", "ByDate"), ("Due", "2026-12-31"))),
        ["GET /Plans/Report/{id:int}"] = Guarded(o => $"/Plans/Report/{o.Task}?unit={o.TaskLead}"),
        ["POST /Plans/Report/{id:int}"] = Guarded(o => $"/Plans/Report/{o.Task}?unit={o.TaskLead}", form: _ => F(("On", "2026-01-05"), ("Text", "Đã triển khai"))),
        ["GET /Plans/Tasks"] = SignedIn(),
        ["POST /Plans/Tasks?handler=Remind"] = SignedIn(_ => "/Plans/Tasks?handler=Remind", form: _ => []),
        ["GET /Plans/Unmatched"] = SignedIn(),
        ["POST /Plans/Unmatched"] = Guarded(_ => "/Plans/Unmatched", form: o => F(("planId", o.Plan), ("name", "Sở Ngoại vụ"), ("orgUnitId", o.Focal))),
        ["GET /Registers"] = Guarded(o => $"/Registers?register=delegations-in&UnitId={o.District}"),
        ["POST /Registers?handler=Delete"] = Guarded(_ => "/Registers?handler=Delete&register=delegations-in", form: o => F(("id", o.Entry), ("version", 0))),
        ["POST /Registers?handler=Import"] = new(Grant.Guarded, _ => "/Registers?handler=Import&register=delegations-in", Form: _ => new() { ["file"] = "export" },
            SafeWhenOk: body => !body.Contains("Đã lưu") && !body.Contains("đã nhập")),
        ["GET /Registers?handler=Export"] = SignedIn(_ => "/Registers?handler=Export&register=delegations-in"),
        ["GET /Registers/Edit"] = Guarded(o => $"/Registers/Edit?register=delegations-in&id={o.Entry}"),
        ["POST /Registers/Edit"] = Guarded(o => $"/Registers/Edit?register=delegations-in&id={o.Entry}", form: o => Values(o, ("UnitId", o.District), ("Version", 0))),
        ["GET /Registers/Partners"] = SignedIn(),
        ["GET /Registry"] = Guarded(o => $"/Registry?UnitId={o.Focal}"),
        ["POST /Registry?handler=Allocate"] = Guarded(o => $"/Registry?handler=Allocate&UnitId={o.Focal}", form: _ => F(("Symbol", "SNGV-NV"))),
        ["POST /Registry?handler=Reserve"] = Guarded(o => $"/Registry?handler=Reserve&UnitId={o.Focal}", form: _ => F(("Symbol", "SNGV-NV"))),
        ["POST /Registry?handler=Issue"] = Guarded(o => $"/Registry?handler=Issue&UnitId={o.Focal}", form: o => F(("id", o.Outgoing))),
        ["POST /Registry?handler=Release"] = Guarded(o => $"/Registry?handler=Release&UnitId={o.Focal}", form: o => F(("id", o.Outgoing), ("reason", "Không dùng"))),
        ["GET /Registry?handler=Export"] = Guarded(o => $"/Registry?handler=Export&UnitId={o.Focal}"),
        ["GET /Registry/Incoming"] = Guarded(o => $"/Registry/Incoming?UnitId={o.Focal}"),
        ["POST /Registry/Incoming?handler=Receive"] = Guarded(o => $"/Registry/Incoming?handler=Receive&UnitId={o.Focal}", form: _ => F(("Reference", "1807/SNGV-NV"))),
        ["POST /Registry/Incoming?handler=Assign"] = Guarded(o => $"/Registry/Incoming?handler=Assign&UnitId={o.Focal}&Entry={o.Incoming}",
            form: o => F(("HandlerUnitId", o.Focal), ("Deadline", "2026-12-31"))),
        ["POST /Registry/Incoming?handler=State"] = Guarded(o => $"/Registry/Incoming?handler=State&UnitId={o.Focal}&Entry={o.Incoming}", form: _ => F(("NewState", "InProgress"))),
        ["GET /Registry/Incoming?handler=Export"] = Guarded(o => $"/Registry/Incoming?handler=Export&UnitId={o.Focal}"),
        ["GET /Reporting"] = SignedIn(),
        ["GET /Reporting/Regimes"] = SignedIn(),
        ["POST /Reporting/Regimes?handler=Create"] = Guarded(_ => "/Reporting/Regimes?handler=Create", form: o => F(("Name", "Chế độ thử"), ("RegimeContent", "Nội dung"),
            ("Frequency", "Yearly"), ("FirstPeriod", "2027"), ("ReceiverId", o.Focal), ("ReporterAreaId", o.Province))),
        ["POST /Reporting/Regimes?handler=Raise"] = Guarded(_ => "/Reporting/Regimes?handler=Raise", form: o => F(("regimeId", o.Regime), ("period", "2027"))),
        ["GET /Reporting/Request/{id:int}"] = Guarded(o => $"/Reporting/Request/{o.Request}"),
        ["POST /Reporting/Request/{id:int}?handler=Remind"] = Guarded(o => $"/Reporting/Request/{o.Request}?handler=Remind", form: _ => []),
        ["GET /Reporting/Consolidation/{id:int}"] = Guarded(o => $"/Reporting/Consolidation/{o.Request}"),
        ["POST /Reporting/Consolidation/{id:int}?handler=Narratives"] = Guarded(o => $"/Reporting/Consolidation/{o.Request}?handler=Narratives",
            form: _ => F(("seenVersion", 0), ("Narratives[0]", "Tổng hợp"))),
        ["GET /Reporting/Consolidation/{id:int}?handler=Report"] = Guarded(o => $"/Reporting/Consolidation/{o.Request}?handler=Report&format=xlsx"),
        ["GET /Reporting/Consolidation/{id:int}?handler=Xlsx"] = Guarded(o => $"/Reporting/Consolidation/{o.Request}?handler=Xlsx"),
        ["GET /Reporting/Submission/{requestId:int}/{unitId:int}"] = Guarded(o => $"/Reporting/Submission/{o.Request}/{o.District}"),
        ["POST /Reporting/Submission/{requestId:int}/{unitId:int}?handler=Start"] = Guarded(o => $"/Reporting/Submission/{o.Request}/{o.District}?handler=Start", form: _ => []),
        ["POST /Reporting/Submission/{requestId:int}/{unitId:int}?handler=Save"] = Guarded(o => $"/Reporting/Submission/{o.Request}/{o.District}?handler=Save&number=1",
            form: _ => F(("ReportText", "Báo cáo"), ("SeenVersion", 0))),
        ["POST /Reporting/Submission/{requestId:int}/{unitId:int}?handler=Submit"] = Guarded(o => $"/Reporting/Submission/{o.Request}/{o.District}?handler=Submit&number=1",
            form: _ => F(("ReportText", "Báo cáo"), ("SeenVersion", 0))),
        ["POST /Reporting/Submission/{requestId:int}/{unitId:int}?handler=Accept"] = Guarded(o => $"/Reporting/Submission/{o.Request}/{o.District}?handler=Accept",
            form: _ => F(("SeenVersion", 0))),
        ["POST /Reporting/Submission/{requestId:int}/{unitId:int}?handler=Return"] = Guarded(o => $"/Reporting/Submission/{o.Request}/{o.District}?handler=Return",
            form: _ => F(("SeenVersion", 0), ("Reason", "Bổ sung số liệu"))),
        ["GET /Reporting/Submission/{requestId:int}/{unitId:int}?handler=File"] = Guarded(o => $"/Reporting/Submission/{o.Request}/{o.District}?handler=File&format=xlsx"),
        ["GET /Users"] = SignedIn(),
        ["POST /Users?handler=Confirm"] = Guarded(_ => "/Users?handler=Confirm", form: o => F(("userId", o.Account), ("endedUnitId", o.District), ("successorId", o.Province))),
        ["GET /Users/Edit/{id:int}"] = Guarded(o => $"/Users/Edit/{o.Account}"),
        ["POST /Users/Edit/{id:int}"] = Guarded(o => $"/Users/Edit/{o.Account}", form: o => F(("FullName", "Người thử"), ("Culture", "vi"), ("Roles", "Leader"), ("UnitIds", o.Province), ("ConcurrencyStamp", "cu"))),
        ["POST /Users/Edit/{id:int}?handler=Password"] = Guarded(o => $"/Users/Edit/{o.Account}?handler=Password", form: _ => F(("NewPassword", "x"))),
        ["POST /Users/Edit/{id:int}?handler=Disable"] = Guarded(o => $"/Users/Edit/{o.Account}?handler=Disable"),
        ["POST /Users/Edit/{id:int}?handler=Enable"] = Guarded(o => $"/Users/Edit/{o.Account}?handler=Enable"),
        ["POST /Users"] = Guarded(_ => "/Users", form: o => F(("UserName", "thu.matran"), ("FullName", "Người thử"), ("Password", "matran2026x"),
            ("Role", "UnitOfficer"), ("UnitId", o.District))),
    };

    private static Dictionary<string, string> Values(MatrixIds o, params (string Key, object Value)[] more)
    {
        var form = o.EntryValues.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);
        foreach (var (key, value) in F(more)) form[key] = value;
        return form;
    }
}
