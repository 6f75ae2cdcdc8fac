using System.Text.RegularExpressions;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Under "Tổ chức thực hiện" a duty is headed by the unit that performs it: "Ban Dân vận Tỉnh ủy chủ trì,
/// phối hợp …". The unit is the words before the first verb of the sentence, if they name a body.
/// </summary>
internal static partial class LeadReader
{
    public static List<string> FromSentence(string sentence)
    {
        var verb = Verb().Match(sentence);
        if (!verb.Success || verb.Index == 0) return [];
        var unit = sentence[..verb.Index].Trim().TrimEnd(',');
        return IsBody(unit) ? UnitListSplitter.Split(unit) : [];
    }

    /// <summary>A heading that names the unit of the duties below it ("2. Đề nghị Ủy ban Mặt trận Tổ quốc xã").</summary>
    public static List<string> FromHeading(string heading)
    {
        var unit = Request().Replace(heading, "").Trim().TrimEnd('.', ':');
        return IsBody(unit) ? UnitListSplitter.Split(unit) : [];
    }

    private static bool IsBody(string unit) =>
        unit.Length is > 2 and < 250 && char.IsUpper(unit[0]) && BodyHead().IsMatch(TextLines.Fold(unit));

    [GeneratedRegex(@"^(?:Đề nghị|Kính đề nghị|Giao)\s+")]
    private static partial Regex Request();
    [GeneratedRegex(@"^(cac |ban |uy ban|ubnd|so |phong |van phong|cong an|dang |hoi |lien |mat tran|mttq|trung tam|thuong truc|doan |huyen|tinh|thanh|bo |chi |cuc |vien |truong |bao |dai |ngan hang|kho bac|quan |bch|cong doan|hdnd|thi |xa |to |nganh)")]
    private static partial Regex BodyHead();
    [GeneratedRegex(@"(?<=\p{L}\s)(?:theo|chủ trì|phối hợp|lãnh đạo|chỉ đạo|(?<!các\s)(?<!Các\s)tổ chức(?!\s(?:đảng|chính trị|thành viên|xã hội|quần chúng))|căn cứ|xây dựng|triển khai|thực hiện|hướng dẫn|tham mưu|có trách nhiệm|chịu trách nhiệm|nghiên cứu|đôn đốc|kiểm tra|tăng cường|chủ động|rà soát|quán triệt|tuyên truyền|bố trí|cụ thể hóa|cụ thể hoá|đẩy mạnh|là cơ quan|phụ trách|giúp|định kỳ|tiếp tục|quan tâm|phát huy|nâng cao|đảm bảo|bảo đảm)(?=[\s,.;:])")]
    private static partial Regex Verb();
}
