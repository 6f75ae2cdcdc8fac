using HuuNghi.Documents.Parsing.Model;
using HuuNghi.Documents.Writing.Docx;

namespace HuuNghi.Documents.Tests.Writing;

/// <summary>
/// The documents the report writer will produce, shaped on seed 000 (the Tháp Mười yearly report), each with
/// what the parser must read back from it: reference, date and issuer as the contract forms them.
/// </summary>
internal static class RoundTripDocuments
{
    public sealed record Case(string Name, OfficialDocument Document, string Kind, string? Reference, string? IssuedOn, string Issuer)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Case> All() =>
    [
        ThapMuoiReport(),
        Consolidated(),
        DeputySigner(),
        SeveralAddressees(),
        Draft(),
        PartyReport(),
        Dispatch(),
        AnnexAfterSignature(),
    ];

    public static Case ThapMuoiReport() => new("Tháp Mười report", new OfficialDocument
    {
        Header = DistrictHeader(),
        KindName = "Báo cáo",
        Title = "Kết quả thực hiện Kế hoạch số 313/KH-UBND ngày 12/9/2022 của UBND Tỉnh về triển khai thực hiện Chỉ thị số 12-CT/TW ngày 05 tháng 01 năm 2022 của Ban Bí thư Trung ương Đảng về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới",
        Addressees = ["Sở Ngoại vụ tỉnh Đồng Tháp"],
        Body = YearlyBody(),
        Signer = new Signer(["TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH", "Đoàn Thanh Bình"),
        Distribution = DistrictDistribution,
    }, DocumentKinds.Report, "12/BC-UBND", "2024-01-17", "Ủy ban nhân dân huyện Tháp Mười");

    public static Case Consolidated() => new("Sở Ngoại vụ consolidated report with annex", new OfficialDocument
    {
        Header = new DocumentHeader
        {
            IssuerParent = "UBND tỉnh Đồng Tháp",
            Issuer = "Sở Ngoại vụ",
            Number = 156,
            Symbol = "BC-SNGV",
            Place = "Đồng Tháp",
            Date = new DateOnly(2024, 2, 6),
        },
        KindName = "Báo cáo",
        Title = "Tổng hợp kết quả công tác đối ngoại nhân dân trên địa bàn tỉnh năm 2023",
        Addressees = ["Ủy ban nhân dân tỉnh Đồng Tháp"],
        Body =
        [
            new Paragraph("Trên cơ sở báo cáo của các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố, Sở Ngoại vụ tổng hợp như sau:"),
            new Heading(1, "I. Kết quả thực hiện"),
            new Paragraph([new TextRun("Các địa phương tiếp đón 212 đoàn nước ngoài"), new Footnote("Chi tiết tại Phụ lục kèm theo."), new TextRun(".")]),
            new Heading(1, "II. Phương hướng"),
            new Paragraph("Tiếp tục triển khai Kế hoạch số 313/KH-UBND./."),
            new SectionBreak(PageOrientation.Landscape),
            new Heading(2, "Phụ lục: Số liệu các địa phương"),
            Figures(12),
        ],
        Signer = new Signer([], "GIÁM ĐỐC", "Trần Thị Mai"),
        Distribution = ["Như trên", "Bộ Ngoại giao (b/c)", "Ban Dân vận Tỉnh ủy", "Lưu: VT, NV"],
    }, DocumentKinds.Report, "156/BC-SNGV", "2024-02-06", "Sở Ngoại vụ tỉnh Đồng Tháp");

    /// <summary>A phụ lục as Decree 30 places it: after the signature, from a new (landscape) page.</summary>
    public static Case AnnexAfterSignature()
    {
        var report = Consolidated();
        var body = report.Document.Body.TakeWhile(b => b is not SectionBreak).ToList();
        return report with
        {
            Name = "consolidated report with a phụ lục after the signature",
            Document = report.Document with
            {
                Body = body,
                Annexes = [new Annex("Số liệu tổng hợp năm 2023", "(Kèm theo Báo cáo số 156/BC-SNGV ngày 06/02/2024 của Sở Ngoại vụ tỉnh Đồng Tháp)", [Figures(12)], PageOrientation.Landscape)],
            },
        };
    }

    public static Case DeputySigner()
    {
        var report = ThapMuoiReport();
        return report with
        {
            Name = "KT. signer",
            Document = report.Document with { Signer = new Signer(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH", "Nguyễn Văn An") },
        };
    }

    public static Case SeveralAddressees()
    {
        var report = ThapMuoiReport();
        return report with
        {
            Name = "several addressees",
            Document = report.Document with { Addressees = ["Sở Ngoại vụ tỉnh Đồng Tháp", "Ban Dân vận Huyện ủy Tháp Mười", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"] },
        };
    }

    // A draft: the clerk writes in the number and the day, so only the year is printed.
    public static Case Draft()
    {
        var report = ThapMuoiReport();
        return report with
        {
            Name = "draft",
            Document = report.Document with { Header = DistrictHeader() with { Number = null, Date = null, DraftYear = 2024 } },
            Reference = "/BC-UBND",
            IssuedOn = "2024",
        };
    }

    public static Case PartyReport() => new("Party report", new OfficialDocument
    {
        Header = new DocumentHeader
        {
            System = IssuingSystem.Party,
            IssuerParent = "Đảng bộ tỉnh Đồng Tháp",
            Issuer = "Huyện ủy Tháp Mười",
            Number = 45,
            Symbol = "BC/HU",
            Place = "Tháp Mười",
            Date = new DateOnly(2023, 12, 20),
        },
        KindName = "Báo cáo",
        Title = "Sơ kết 02 năm thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư về công tác đối ngoại nhân dân",
        Body = YearlyBody(),
        Signer = new Signer(["T/M BAN THƯỜNG VỤ"], "PHÓ BÍ THƯ", "Lê Minh Hoan"),
        Distribution = ["Ban Thường vụ Tỉnh ủy (b/c)", "Ban Dân vận Tỉnh ủy", "Các đồng chí Huyện ủy viên", "Lưu Văn phòng Huyện ủy"],
    }, DocumentKinds.Report, "45-BC/HU", "2023-12-20", "Ban Thường vụ Huyện ủy Tháp Mười");

    public static Case Dispatch() => new("Công văn", new OfficialDocument
    {
        Header = DistrictHeader() with { Number = 305, Symbol = "UBND-VP" },
        Title = "báo cáo kết quả thực hiện Chỉ thị số 12-CT/TW năm 2023",
        Addressees = ["Sở Ngoại vụ tỉnh Đồng Tháp"],
        Body =
        [
            new Paragraph("Thực hiện Công văn số 1807/SNGV-NV ngày 26 tháng 12 năm 2023 của Sở Ngoại vụ tỉnh Đồng Tháp, Ủy ban nhân dân huyện gửi kèm báo cáo kết quả thực hiện."),
            new Paragraph("Ủy ban nhân dân huyện Tháp Mười kính gửi Sở Ngoại vụ tổng hợp./."),
        ],
        Signer = new Signer(["TL. CHỦ TỊCH"], "CHÁNH VĂN PHÒNG", "Phạm Văn Tâm"),
        Distribution = ["Như trên", "Lưu: VT"],
    }, DocumentKinds.Dispatch, "305/UBND-VP", "2024-01-17", "Ủy ban nhân dân huyện Tháp Mười");

    /// <summary>The Tháp Mười report with a body as heavy as a province-wide one: many footnotes, a long table.</summary>
    public static Case Heavy(int footnotes, int tableRows)
    {
        var report = ThapMuoiReport();
        var inlines = new List<Inline> { new TextRun("Trong năm, huyện đã tiếp đón các đoàn") };
        for (var i = 1; i <= footnotes; i++)
        {
            inlines.Add(new Footnote($"Đoàn số {i}: tổ chức phi chính phủ nước ngoài, làm việc ngày {i % 28 + 1:00}/3/2023."));
            inlines.Add(new TextRun(i % 10 == 0 ? ". Tiếp theo, các đoàn khác" : ", "));
        }
        inlines.Add(new TextRun("."));
        return report with
        {
            Name = $"{footnotes} footnotes, {tableRows} table rows",
            Document = report.Document with { Body = [.. report.Document.Body, new Paragraph(inlines), Figures(tableRows)] },
        };
    }

    private static DocumentHeader DistrictHeader() => new()
    {
        IssuerParent = "UBND tỉnh Đồng Tháp",
        Issuer = "Ủy ban nhân dân huyện Tháp Mười",
        Number = 12,
        Symbol = "BC-UBND",
        Place = "Tháp Mười",
        Date = new DateOnly(2024, 1, 17),
    };

    private static readonly string[] DistrictDistribution =
    [
        "Như trên", "TT/HU, TT/HĐND huyện", "CT, các PCT/UBND huyện", "Các Phòng, Ban ngành huyện", "Công an huyện",
        "UBND các xã, thị trấn", "LĐVP", "Lưu: VT, NC(T)",
    ];

    private static readonly string[] Organisations =
    [
        "Tổ chức UNICEF Hà Lan", "Hội Thiện nguyện SAP-VN (02 lượt)", "tổ chức World Bamboo Foundation",
        "Tổ chức bảo tồn thiên nhiên quốc tế", "Đoàn phóng viên nước ngoài (Úc)", "tổ chức Room to Read",
        "Đoàn đại diện tổ chức Seed to table/NGO – Nhật Bản", "đoàn đại diện Công ty TNHH UPL", "tổ chức Rikolto (3 lượt)",
        "Tổ chức Habitat For Humanity Vietnam (02 lượt)", "Đoàn Trường Đại học Cần Thơ đưa chuyên gia nước ngoài",
        "Tổ chức Sunny Hàn Quốc", "Lãnh sự quán Nhật Bản tại TP. Hồ Chí Minh", "Viện nghiên cứu Lúa gạo quốc tế IRRI",
        "tổ chức The VinaCapital Foundation – VCF/NGO Mỹ", "Công ty TNHH AgriPure Holdings Pulic – Thái Lan",
    ];

    private static List<DocumentBlock> YearlyBody() =>
    [
        new Paragraph("Thực hiện Công văn số 1807/SNGV-NV ngày 26 tháng 12 năm 2023 của Sở Ngoại vụ tỉnh Đồng Tháp về việc báo cáo kết quả thực hiện Kế hoạch số 313/KH-UBND ngày 12/9/2022 của Ủy ban nhân dân Tỉnh, Ủy ban nhân dân huyện báo cáo kết quả thực hiện như sau:"),
        new Heading(1, "I. Công tác triển khai, quán triệt"),
        new Paragraph("UBND huyện đã tổ chức triển khai, quán triệt nội dung Chỉ thị số 12-CT/TW, Kế hoạch số 313/KH-UBND của UBND Tỉnh đến các Phòng, Ban ngành huyện và UBND các xã, thị trấn."),
        new Heading(1, "II. Kết quả thực hiện"),
        new Heading(2, "1. Công tác vận động viện trợ các nguồn lực quốc tế"),
        new Bullet([
            new TextRun("Trên địa bàn huyện có 02 dự án"),
            new Footnote("Dự án “Nâng cao năng lực cộng đồng để ứng phó thiên tai và biến đổi khí hậu” do tổ chức Habitat For Humanity Vietnam (HFHI-V) tài trợ; Dự án “Phát triển nông nghiệp hữu cơ” do tổ chức Seed to Table/NGO Nhật Bản tài trợ thực hiện."),
            new TextRun(" do tổ chức phi chính phủ tài trợ đang triển khai thực hiện."),
        ]),
        new Bullet([
            new TextRun("Quản lý 125 trường hợp công dân đi làm việc ở nước ngoài theo hợp đồng"),
            new Footnote("Gồm: lao động ở Nhật Bản là 107; Hàn Quốc là 18."),
            new TextRun(" và 20 lượt đoàn nước ngoài"),
            new Footnote(string.Join("; ", Organisations.Select((o, i) => $"({i + 1}) {o}")) + "."),
            new TextRun(" đến địa phương khảo sát, kiểm tra dự án."),
        ]),
        new Bullet("Kinh phí đã giải ngân 60.000.000 đồng.", 2),
        new Heading(2, "2. Công tác thông tin đối ngoại, văn hóa đối ngoại"),
        new Paragraph("Trong năm, có khoảng 302 đoàn, với 7.136 người và khoảng 775.000 lượt người dân đến tham quan Khu di tích Gò Tháp."),
        Figures(4),
        new Heading(1, "III. Phương hướng"),
        new Paragraph("Tiếp tục triển khai thực hiện có hiệu quả Chỉ thị số 12-CT/TW của Ban Bí thư Trung ương Đảng."),
        new Paragraph("Trên đây là Báo cáo kết quả thực hiện Kế hoạch số 313/KH-UBND ngày 12/9/2022 của UBND Tỉnh trên địa bàn huyện Tháp Mười./."),
    ];

    private static TableBlock Figures(int rows) => new(
        ["STT", "Địa phương", "Đoàn vào", "Đoàn ra", "Viện trợ (triệu đồng)"],
        Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[i.ToString(), $"Xã số {i}", (i * 3).ToString(), (i % 4).ToString(), (i * 115).ToString()]).ToList(),
        [0.6, 3, 1.2, 1.2, 2]);
}
