using HuuNghi.Core.Features.Registers;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Tests.Features.Registers;

/// <summary>Form input as an officer types it, for the register tests.</summary>
internal static class RegisterInput
{
    public static Dictionary<string, string?> Delegation(string date = "05/03/2023", string partner = "Rikolto", string people = "4", string? end = null) => new()
    {
        ["Date"] = date, ["EndDate"] = end, ["Partner"] = partner, ["Country"] = "Bỉ", ["Purpose"] = "Khảo sát dự án", ["People"] = people,
    };

    public static Dictionary<string, string?> Project(string commitment = "115.000.000", string currency = "VND", string? rate = null) => new()
    {
        ["Title"] = "Trùng tu giếng làng", ["Donor"] = "Quỹ Hòa bình Hàn – Việt", ["Country"] = "Hàn Quốc", ["Modality"] = "Dự án",
        ["Date"] = "01/03/2023", ["Commitment"] = commitment, ["Currency"] = currency, ["ExchangeRate"] = rate, ["Status"] = "Đang thực hiện",
    };

    public static Dictionary<string, string?> Disbursement(int projectId, string amount, string kind = "Giải ngân thực tế") => new()
    {
        ["ProjectId"] = projectId.ToString(), ["Kind"] = kind, ["Date"] = "15/09/2023", ["Amount"] = amount, ["Currency"] = "VND",
    };

    public static Task<int> RecordAsync(this TestHost host, string register, int unitId, Dictionary<string, string?> values, UnitScope? scope = null) =>
        host.RunAsync<RecordEntry, int>(r => r.HandleAsync(new RecordEntry.Command(register, unitId, values), scope ?? UnitScope.Everything));
}
