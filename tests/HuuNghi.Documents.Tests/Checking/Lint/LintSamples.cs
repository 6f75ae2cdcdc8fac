using System.Text;
using HuuNghi.Documents.Checking.Lint;

namespace HuuNghi.Documents.Tests.Checking.Lint;

/// <summary>A well-formed State plan as a plain-text copy, for the rules to be broken one at a time.</summary>
internal static class LintSamples
{
    public const string GoodPlan = """
        ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
        ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Số: 05/KH-UBND

        Tháp Mười, ngày 05 tháng 02 năm 2024

        KẾ HOẠCH
        Tổ chức các hoạt động đối ngoại nhân dân năm 2024

        Thực hiện Kế hoạch số 313/KH-UBND ngày 12/9/2022 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:

        I. MỤC ĐÍCH, YÊU CẦU

        1. Tuyên truyền về công tác đối ngoại nhân dân đến cán bộ, công chức và nhân dân.

        Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện.

        Nơi nhận:
        - Sở Ngoại vụ tỉnh;
        - Các xã, thị trấn;
        - Lưu: VT, VP.

        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        Nguyễn Văn An
        """;

    public static LintResult LintText(string text, string name = "ke-hoach.txt") =>
        DocumentLinter.Lint(Encoding.UTF8.GetBytes(text), name);

    /// <summary>The plan with one line replaced (or removed when <paramref name="to"/> is empty).</summary>
    public static string Broken(string from, string to)
    {
        Assert.Contains(from, GoodPlan);
        return GoodPlan.Replace(from, to);
    }
}
