using System.Globalization;
using System.Text.Json;
using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Registers;

namespace HuuNghi.Core.Features.Audit;

/// <summary>
/// An audit row said in words, as an officer reads it: "Nguyễn Thị Lan đã sửa tên đơn vị từ «A» thành «B»".
/// Kinds of record and fields get their Vietnamese (and English) names; fields an officer does not care about
/// (keys, versions, folded search keys, stamps, hashes) are never shown; dates are dd/MM/yyyy in Vietnam time.
/// Lives in Core so the page and the API say the same sentence.
/// </summary>
public static class AuditText
{
    public sealed record Kind(string EntityType, Localized Name);

    /// <summary>One changed field with its label and its values as shown (null: the field was empty).</summary>
    public sealed record Field(string Name, Localized Label, string? Before, string? After);

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);
    private const int LongestValue = 120;

    /// <summary>Every record type the app saves (so every type the trail holds), by the name an officer uses.</summary>
    private static readonly Dictionary<string, Localized> KindNames = new()
    {
        ["OrgUnit"] = new("đơn vị", "unit"),
        ["OrgUnitParentLink"] = new("quan hệ trực thuộc của đơn vị", "unit's parent link"),
        ["OrgUnitEvent"] = new("sự kiện sắp xếp đơn vị", "reorganisation event"),
        ["OrgUnitEventUnit"] = new("đơn vị trong sự kiện sắp xếp", "unit in a reorganisation event"),
        ["OrgUnitAlias"] = new("tên gọi khác của đơn vị", "unit alias"),
        ["OrgUnitGroupAlias"] = new("tên gọi chung của nhóm đơn vị", "group name"),
        ["UserUnit"] = new("đơn vị của tài khoản", "user's unit"),
        ["AppUser"] = new("tài khoản", "user account"),
        ["AppRole"] = new("vai trò", "role"),
        ["IdentityUserRole`1"] = new("vai trò của tài khoản", "user's role"),
        ["IdentityUserRole`2"] = new("vai trò của tài khoản", "user's role"),
        ["IdentityUserClaim`1"] = new("thông tin đăng nhập của tài khoản", "sign-in data"),
        ["IdentityUserLogin`1"] = new("thông tin đăng nhập của tài khoản", "sign-in data"),
        ["IdentityUserToken`1"] = new("thông tin đăng nhập của tài khoản", "sign-in data"),
        ["IdentityRoleClaim`1"] = new("quyền của vai trò", "role claim"),
        ["Document"] = new("văn bản", "document"),
        ["DocumentFile"] = new("tệp văn bản", "document file"),
        ["DocumentCitation"] = new("trích dẫn văn bản", "citation"),
        ["Plan"] = new("kế hoạch", "plan"),
        ["PlanTask"] = new("nhiệm vụ", "task"),
        ["TaskAssignee"] = new("đơn vị được giao nhiệm vụ", "task assignee"),
        ["TaskAssigneeUnit"] = new("đơn vị thực hiện nhiệm vụ", "unit acting on a task"),
        ["TaskProgress"] = new("tiến độ nhiệm vụ", "task progress"),
        ["TaskEvidence"] = new("minh chứng nhiệm vụ", "task evidence"),
        ["TaskReminder"] = new("nhắc việc nhiệm vụ", "task reminder"),
        ["Partner"] = new("đối tác nước ngoài", "foreign partner"),
        ["Delegation"] = new("đoàn vào, đoàn ra", "delegation"),
        ["AidProject"] = new("dự án viện trợ", "aid project"),
        ["AidTransaction"] = new("giải ngân viện trợ", "aid disbursement"),
        ["CooperationAgreement"] = new("thỏa thuận hợp tác", "cooperation agreement"),
        ["OverseasEvent"] = new("hoạt động với người Việt Nam ở nước ngoài", "overseas Vietnamese event"),
        ["InformationActivity"] = new("hoạt động thông tin đối ngoại", "information activity"),
        ["Training"] = new("lớp tập huấn, bồi dưỡng", "training"),
        ["CitizensAbroadCount"] = new("số người Việt Nam ở nước ngoài", "count of Vietnamese abroad"),
        ["BudgetLine"] = new("kinh phí", "budget line"),
        ["Commendation"] = new("khen thưởng", "commendation"),
        ["Officer"] = new("cán bộ làm công tác đối ngoại", "officer"),
        ["ReportingRegime"] = new("chế độ báo cáo", "reporting regime"),
        ["ReportRequest"] = new("yêu cầu báo cáo", "report request"),
        ["ExpectedReporter"] = new("đơn vị phải báo cáo", "expected reporter"),
        ["Submission"] = new("báo cáo", "report"),
        ["SubmissionVersion"] = new("phiên bản báo cáo", "report version"),
        ["SubmissionFigure"] = new("số liệu báo cáo", "report figure"),
        ["SubmissionReview"] = new("ý kiến duyệt báo cáo", "report review"),
        ["Reminder"] = new("nhắc báo cáo", "report reminder"),
        ["ReminderRead"] = new("lượt đọc nhắc việc", "reminder read mark"),
        ["WorkListLook"] = new("lượt xem danh sách việc", "work list visit"),
        ["IssuerProfile"] = new("thông tin cơ quan ban hành", "issuer profile"),
        ["ConsolidatedDraft"] = new("dự thảo báo cáo tổng hợp", "consolidated draft"),
        ["OutgoingEntry"] = new("số văn bản đi", "outgoing register entry"),
        ["OutgoingCounter"] = new("bộ đếm sổ văn bản đi", "outgoing register counter"),
        ["IncomingEntry"] = new("văn bản đến", "incoming register entry"),
        ["IncomingCounter"] = new("bộ đếm sổ văn bản đến", "incoming register counter"),
    };

    private static readonly Localized Generic = new("bản ghi", "record");

    /// <summary>The kinds for the filter's drop-down, one entry per name (the sign-in data types share one).</summary>
    public static IReadOnlyList<Kind> Kinds { get; } = KindNames
        .Where(k => !k.Key.StartsWith("Identity", StringComparison.Ordinal) || k.Key == "IdentityUserRole`2")
        .Select(k => new Kind(k.Key, k.Value)).OrderBy(k => k.Name.Vi, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false)).ToList();

    public static Localized KindOf(string entityType) => KindNames.GetValueOrDefault(entityType) ?? Generic;

    /// <summary>Never shown: keys and links by number, versions, folded keys, stamps, hashes, file bytes, whole parses.</summary>
    private static readonly HashSet<string> Hidden =
    [
        "Id", "Version", "NameKey", "Key", "ReferenceKey", "SearchText", "ConcurrencyStamp", "SecurityStamp", "PasswordHash",
        "AuthenticatorKey", "NormalizedUserName", "NormalizedEmail", "NormalizedName", "Content", "ParsedJson", "Sha256",
    ];

    /// <summary>Labels for the fields officers care about, shared by every kind unless the kind says otherwise.</summary>
    private static readonly Dictionary<string, Localized> CommonLabels = new()
    {
        ["Name"] = new("tên", "name"), ["ShortName"] = new("tên viết tắt", "short name"), ["Code"] = new("mã", "code"),
        ["IdentifierCode"] = new("mã định danh điện tử", "electronic identifier code"), ["Kind"] = new("loại", "kind"),
        ["Level"] = new("cấp", "level"), ["ValidFrom"] = new("ngày bắt đầu", "valid from"), ["ValidTo"] = new("ngày kết thúc", "valid to"),
        ["Title"] = new("trích yếu", "title"), ["Reference"] = new("số, ký hiệu", "reference"), ["Number"] = new("số", "number"),
        ["Symbol"] = new("ký hiệu", "symbol"), ["IssuedOn"] = new("ngày ban hành", "issued on"), ["Issuer"] = new("cơ quan ban hành", "issuer"),
        ["Place"] = new("địa danh", "place"), ["SignerName"] = new("người ký", "signer"), ["SignerPosition"] = new("chức vụ người ký", "signer's position"),
        ["PlanDate"] = new("ngày kế hoạch", "plan date"), ["Ref"] = new("mục", "item"), ["TimeframeText"] = new("thời gian thực hiện", "timeframe"),
        ["StartOn"] = new("ngày bắt đầu", "start"), ["DueOn"] = new("hạn", "due"), ["Role"] = new("vai trò", "role"),
        ["On"] = new("ngày", "date"), ["Text"] = new("nội dung", "text"), ["Done"] = new("đã hoàn thành", "done"),
        ["FullName"] = new("họ và tên", "full name"), ["UserName"] = new("tên đăng nhập", "user name"), ["Email"] = new("thư điện tử", "email"),
        ["PhoneNumber"] = new("điện thoại", "phone"), ["LockoutEnd"] = new("khóa đến", "locked until"), ["Culture"] = new("ngôn ngữ", "language"),
        ["Status"] = new("trạng thái", "status"), ["State"] = new("trạng thái", "state"), ["Deadline"] = new("hạn gửi", "deadline"),
        ["CutoffFrom"] = new("chốt số liệu từ", "cut-off from"), ["CutoffTo"] = new("chốt số liệu đến", "cut-off to"),
        ["Reason"] = new("lý do", "reason"), ["Decision"] = new("quyết định", "decision"), ["Active"] = new("đang áp dụng", "active"),
        ["Frequency"] = new("định kỳ", "frequency"), ["Note"] = new("ghi chú", "note"), ["Date"] = new("ngày", "date"),
        ["Message"] = new("nội dung nhắc", "message"), ["FileName"] = new("tên tệp", "file name"), ["Source"] = new("nơi gửi", "source"),
        ["ArrivedOn"] = new("ngày đến", "arrived on"), ["StampedNumber"] = new("số đến", "stamped number"), ["Signer"] = new("người ký", "signer"),
        ["KindName"] = new("loại văn bản", "document kind"), ["Distribution"] = new("nơi nhận", "distribution"), ["KeptBy"] = new("nơi lưu", "kept by"),
        ["Copies"] = new("số bản", "copies"), ["CancelReason"] = new("lý do hủy", "cancel reason"), ["NameThen"] = new("tên lúc đó", "name then"),
        ["DocumentReference"] = new("số, ký hiệu văn bản", "document reference"), ["Value"] = new("giá trị", "value"),
        ["IndicatorCode"] = new("chỉ tiêu", "indicator"), ["DeletedAt"] = new("ngày xóa", "deleted on"),
    };

    /// <summary>A register's own labels for its record type (the ones its form shows), then the common ones.</summary>
    private static readonly Dictionary<string, Dictionary<string, Localized>> KindLabels = RegisterLabels();

    private static Dictionary<string, Dictionary<string, Localized>> RegisterLabels()
    {
        var labels = new Dictionary<string, Dictionary<string, Localized>>();
        foreach (var register in RegisterCatalog.All)
        {
            var own = labels.TryGetValue(register.Create().GetType().Name, out var l) ? l : labels[register.Create().GetType().Name] = [];
            foreach (var field in register.Fields)
                own.TryAdd(field.Name, new(Lower(field.Label.Vi), Lower(field.Label.En)));
        }
        labels["Plan"] = new() { ["Title"] = new("tên kế hoạch", "title") };
        labels["PlanTask"] = new() { ["Title"] = new("nội dung nhiệm vụ", "task") };
        labels["ReportRequest"] = new() { ["Title"] = new("tên yêu cầu", "title") };
        return labels;
    }

    private static readonly Dictionary<string, Dictionary<string, Localized>> Choices = ChoiceLabels();

    private static Dictionary<string, Dictionary<string, Localized>> ChoiceLabels()
    {
        var choices = new Dictionary<string, Dictionary<string, Localized>>
        {
            ["Level"] = new() { ["Central"] = new("Trung ương", "central"), ["Province"] = new("tỉnh", "province"), ["District"] = new("huyện", "district"), ["Commune"] = new("xã", "commune"), ["Village"] = new("thôn", "village") },
            ["Status"] = new() { ["Draft"] = new("bản nháp", "draft"), ["Submitted"] = new("đã gửi", "submitted"), ["Accepted"] = new("đã chấp nhận", "accepted"), ["Returned"] = new("trả lại", "returned") },
            ["Role"] = new() { ["Lead"] = new("chủ trì", "lead"), ["Coordinating"] = new("phối hợp", "coordinating") },
            ["Direction"] = new() { ["Inbound"] = new("đoàn vào", "inbound"), ["Outbound"] = new("đoàn ra", "outbound") },
            ["Decision"] = new() { ["Accepted"] = new("chấp nhận", "accepted"), ["Returned"] = new("trả lại", "returned") },
        };
        foreach (var field in RegisterCatalog.All.SelectMany(r => r.Fields).Where(f => f.Choices.Count > 0))
        {
            var own = choices.TryGetValue(field.Name, out var c) ? c : choices[field.Name] = [];
            foreach (var choice in field.Choices) own.TryAdd(choice.Code, new(choice.Vi, choice.En));
        }
        return choices;
    }

    /// <summary>The fields that name a record, in the order tried: its name, title, reference…</summary>
    private static readonly string[] NameFields =
        ["Name", "FullName", "Title", "Reference", "Course", "Recipient", "DecisionReference", "Purpose", "Ref", "UserName", "FileName", "NameThen", "Symbol"];

    public static Localized? LabelOf(string entityType, string field) =>
        Hidden.Contains(field) ? null
        : KindLabels.TryGetValue(entityType, out var own) && own.TryGetValue(field, out var label) ? label
        : CommonLabels.GetValueOrDefault(field);

    /// <summary>The labelled fields that changed (for an addition: that were set), values as shown.</summary>
    public static IReadOnlyList<Field> Fields(string entityType, string? before, string? after)
    {
        var b = Parse(before);
        var a = Parse(after);
        var fields = new List<Field>();
        foreach (var name in b.Keys.Union(a.Keys))
        {
            if (LabelOf(entityType, name) is not { } label) continue;
            var was = Show(name, b.GetValueOrDefault(name));
            var now = Show(name, a.GetValueOrDefault(name));
            if (was != now) fields.Add(new(name, label, was, now));
        }
        return fields;
    }

    /// <summary>The record's name as the row carries it ("Sở Ngoại vụ", "313/KH-UBND"), else "số 74".</summary>
    public static Localized Which(string entityId, string? before, string? after)
    {
        var values = Parse(before ?? after);
        foreach (var field in NameFields)
            if (values.GetValueOrDefault(field) is { Length: > 0 } name) return Quoted(Cut(name));
        return new($"số {entityId}", $"no. {entityId}");
    }

    /// <summary>The whole sentence: who, did what, to which record, and each labelled change.</summary>
    public static Localized Sentence(string who, string action, string entityType, string entityId, string? before, string? after)
    {
        var kind = KindOf(entityType);
        if (entityType == "Delegation" && Parse(after ?? before).GetValueOrDefault("Direction") is { } direction
            && Choices["Direction"].TryGetValue(direction, out var d)) kind = new(d.Vi, $"{d.En} delegation");
        var which = Which(entityId, before, after);
        var fields = Fields(entityType, before, after);
        // A register row is deleted softly: the edit that sets its deletion date is, to the reader, a deletion.
        if (action == "Modified" && fields.Count == 1 && fields[0].Name == "DeletedAt" && fields[0].Before is null) action = "Deleted";
        switch (action)
        {
            case "Added":
                var set = fields.Where(f => f.After is not null && !NameFields.Contains(f.Name)).Take(6).ToList();
                var details = set.Count == 0 ? null : new Localized(
                    ": " + string.Join("; ", set.Select(f => $"{Capital(f.Label.Vi)} {Quoted(f.After!).Vi}")),
                    ": " + string.Join("; ", set.Select(f => $"{Capital(f.Label.En)} {Quoted(f.After!).En}")));
                return new($"{who} đã thêm {kind.Vi} {which.Vi}{details?.Vi}", $"{who} added {kind.En} {which.En}{details?.En}");
            case "Deleted":
                return new($"{who} đã xóa {kind.Vi} {which.Vi}", $"{who} deleted {kind.En} {which.En}");
        }
        if (fields.Count == 0)
            return new($"{who} đã sửa {kind.Vi} {which.Vi}", $"{who} changed {kind.En} {which.En}");
        if (fields.Count == 1)
        {
            var f = fields[0];
            // Renaming: the old name is already in "từ «A»", so the record is not named twice.
            var named = NameFields.Contains(f.Name) && Parse(before).GetValueOrDefault(f.Name) is { Length: > 0 } ? null : which;
            return new(
                $"{who} đã sửa {f.Label.Vi} {kind.Vi}{(named is null ? "" : " " + named.Vi)} từ {Value(f.Before).Vi} thành {Value(f.After).Vi}",
                $"{who} changed the {f.Label.En} of {kind.En}{(named is null ? "" : " " + named.En)} from {Value(f.Before).En} to {Value(f.After).En}");
        }
        return new(
            $"{who} đã sửa {kind.Vi} {which.Vi}: " + string.Join("; ", fields.Select(f => $"{Capital(f.Label.Vi)}: từ {Value(f.Before).Vi} thành {Value(f.After).Vi}")),
            $"{who} changed {kind.En} {which.En}: " + string.Join("; ", fields.Select(f => $"{Capital(f.Label.En)}: from {Value(f.Before).En} to {Value(f.After).En}")));
    }

    private static Localized Value(string? shown) => shown is null ? new("(trống)", "(empty)") : Quoted(shown);

    private static Localized Quoted(string text) => new($"«{text}»", $"“{text}”");

    /// <summary>A stored value as a reader writes it: dd/MM/yyyy, Vietnam time, có/không, the choice's name.</summary>
    private static string? Show(string field, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (Choices.TryGetValue(field, out var choices) && choices.TryGetValue(raw, out var choice)) return choice.Current;
        if (field == "Country" && Countries.ByCode(raw) is { } country) return new Localized(country.Vi, country.En).Current;
        if (raw is "true") return new Localized("có", "yes").Current;
        if (raw is "false") return new Localized("không", "no").Current;
        if (raw.Length == 10 && DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        if (raw.Length >= 19 && raw[10] == 'T' && DateTime.TryParse(raw, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant))
            return (instant + VietnamOffset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        return Cut(raw);
    }

    private static string Cut(string text) => text.Length <= LongestValue ? text : text[..LongestValue] + "…";

    private static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    private static string Capital(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];

    private static Dictionary<string, string?> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return [];
            return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            });
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
