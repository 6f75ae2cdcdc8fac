namespace HuuNghi.Bench.National;

/// <summary>
/// Words for generated names and text: place-name syllables and the vocabulary of people's-diplomacy papers.
/// Written for the generator; sentences are random strings of these words, never meant to be read.
/// </summary>
public static class Vocabulary
{
    public static readonly string[] Syllables =
    [
        "An", "Bình", "Hòa", "Phú", "Thạnh", "Long", "Hưng", "Tân", "Phước", "Lộc", "Thuận", "Đông", "Tây", "Nam", "Bắc",
        "Sơn", "Hải", "Giang", "Thủy", "Lâm", "Minh", "Quang", "Trung", "Hiệp", "Vĩnh", "Mỹ", "Xuân", "Thành", "Đức", "Khánh",
        "Phong", "Yên", "Cẩm", "Kim", "Ngọc", "Hồng", "Lạc", "Thái", "Hậu", "Định",
    ];

    public static readonly string[] Words =
    [
        "đối ngoại", "nhân dân", "hữu nghị", "hợp tác", "quốc tế", "tăng cường", "triển khai", "thực hiện", "kế hoạch",
        "báo cáo", "tổ chức", "đoàn", "giao lưu", "văn hóa", "kinh tế", "đầu tư", "thương mại", "giáo dục", "y tế",
        "người Việt Nam ở nước ngoài", "kiều bào", "địa phương", "biên giới", "hòa bình", "phát triển", "bền vững",
        "thông tin", "tuyên truyền", "chính sách", "chủ trương", "Đảng", "Nhà nước", "Mặt trận Tổ quốc", "đoàn thể",
        "thanh niên", "phụ nữ", "nông dân", "cựu chiến binh", "viện trợ", "phi chính phủ", "dự án", "nguồn vốn",
        "ký kết", "thỏa thuận", "ghi nhớ", "tỉnh", "xã", "phường", "năm", "quý", "tháng", "kết quả", "nhiệm vụ",
        "giải pháp", "đánh giá", "tổng kết", "sơ kết", "chỉ đạo", "phối hợp", "các cơ quan", "đơn vị", "cán bộ",
        "bồi dưỡng", "nghiệp vụ", "lễ hội", "triển lãm", "hội nghị", "hội thảo", "đón tiếp", "thăm", "làm việc",
    ];

    public static readonly string[] Departments =
    [
        "Sở Ngoại vụ", "Sở Nội vụ", "Sở Tài chính", "Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo",
        "Sở Y tế", "Sở Tư pháp", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Khoa học và Công nghệ", "Văn phòng UBND",
    ];

    public static readonly string[] Countries = ["KH", "LA", "CN", "JP", "KR", "US", "FR", "DE", "TH", "SG", "AU", "RU", "IN", "GB", "CU"];
}
