using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Demo;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>
/// The letterheads the seeds' reports show: Tháp Mười's People's Committee signed by its chairman (TM.), Bình Sơn's
/// by a vice-chairman (KT.), each with the copies its report lists. The Sở Ngoại vụ has none, so the demo also shows
/// what the writer says when a unit has no signer set.
/// </summary>
public sealed class IssuerProfileDemoData(HuuNghiDbContext db) : IDemoDataPart
{
    public int Order => 35;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.IssuerProfiles.AnyAsync(ct)) return;
        var units = await db.OrgUnits.Where(u => u.Code == "dt.tm.ubnd" || u.Code == "qng.bs.ubnd").ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        db.IssuerProfiles.Add(new IssuerProfile
        {
            OrgUnitId = units["dt.tm.ubnd"], Place = "Tháp Mười",
            SignerAuthority = ["TM. ỦY BAN NHÂN DÂN"], SignerPosition = "CHỦ TỊCH", SignerName = "Đoàn Thanh Bình",
            Distribution = ["Như trên", "TT/HU, TT/HĐND huyện", "CT, các PCT/UBND huyện", "Các Phòng, Ban ngành huyện", "Công an huyện",
                "UBND các xã, thị trấn", "LĐVP", "Lưu: VT, NC(T)"],
        });
        db.IssuerProfiles.Add(new IssuerProfile
        {
            OrgUnitId = units["qng.bs.ubnd"], Place = "Bình Sơn",
            SignerAuthority = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], SignerPosition = "PHÓ CHỦ TỊCH", SignerName = "Phạm Quang Sự",
            Distribution = ["Như trên", "TT Huyện ủy", "CT, các PCT UBND huyện", "VPH: CVP, PCVP; CV phụ trách", "Lưu VT"],
        });
        await db.SaveChangesAsync(ct);
    }
}
