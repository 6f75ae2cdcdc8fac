namespace HuuNghi.Documents.Writing.Docx;

/// <summary>The wording rules of the header (Decree 30/2020 art. 8–9, Guidance 36 §2), apart from layout.</summary>
public static class HeaderText
{
    // A draft leaves room for the clerk to write the number and date by hand.
    private const string Blank = "     ";

    /// <summary>"Số: 05/BC-UBND" (State) or "Số 83-KH/TU" (Party); numbers below 10 take a leading zero.</summary>
    public static string Reference(DocumentHeader header)
    {
        var number = header.Number is { } n ? n.ToString("00") : Blank;
        return header.System == IssuingSystem.Party
            ? $"Số {number}-{header.Symbol}"
            : $"Số: {number}/{header.Symbol}";
    }

    /// <summary>"Tháp Mười, ngày 05 tháng 01 năm 2024": day below 10 and months 1–2 zero-padded, month 3 onward not.</summary>
    public static string PlaceAndDate(DocumentHeader header)
    {
        if (header.Date is { } d)
        {
            var month = d.Month <= 2 ? d.Month.ToString("00") : d.Month.ToString();
            return $"{header.Place}, ngày {d.Day:00} tháng {month} năm {d.Year}";
        }
        var year = header.DraftYear?.ToString() ?? Blank;
        return $"{header.Place}, ngày{Blank}tháng{Blank}năm {year}";
    }

    public static string? UrgencyMark(Urgency urgency) => urgency switch
    {
        Urgency.Flash => "HỎA TỐC",
        Urgency.VeryUrgent => "THƯỢNG KHẨN",
        Urgency.Urgent => "KHẨN",
        _ => null,
    };

    public static string? SecrecyMark(Secrecy secrecy) => secrecy switch
    {
        Secrecy.TopSecret => "TUYỆT MẬT",
        Secrecy.Secret => "TỐI MẬT",
        Secrecy.Confidential => "MẬT",
        _ => null,
    };

    public const string StateMotto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string StateTagline = "Độc lập - Tự do - Hạnh phúc";
    public const string PartyMotto = "ĐẢNG CỘNG SẢN VIỆT NAM";
}
