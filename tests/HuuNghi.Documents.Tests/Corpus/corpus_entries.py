"""The corpus's facts, one doc(...) per file, all invented for this project."""
from make_corpus import doc, cite, attached

UB = "ỦY BAN NHÂN DÂN"
CT12 = "Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới"
C12 = cite("directive", "12-CT/TW", "2022-01-05", "Ban Bí thư")
ND30 = cite("decree", "30/2020/NĐ-CP", "2020-03-05", "Chính phủ")

def pcc(name, pos="PHÓ CHỦ TỊCH", kt=True, tm="TM. ỦY BAN NHÂN DÂN"):
    return {"authority": [tm] + (["KT. CHỦ TỊCH"] if kt else []), "position": pos if kt else "CHỦ TỊCH", "name": name}

# 1 State plan, ALL-CAPS subject over two lines
doc(name="c01_kh_ubnd_quang_tri", kind="plan", head=[UB, "TỈNH QUẢNG TRỊ"], reference="214/KH-UBND", number="214",
    symbol="KH-UBND", place="Quảng Trị", date=(18, 8, 2025), kind_word="KẾ HOẠCH",
    title_lines=["THỰC HIỆN CÔNG TÁC ĐỐI NGOẠI NHÂN DÂN", "TRÊN ĐỊA BÀN TỈNH NĂM 2026"],
    title="THỰC HIỆN CÔNG TÁC ĐỐI NGOẠI NHÂN DÂN TRÊN ĐỊA BÀN TỈNH NĂM 2026",
    issuer="Ủy ban nhân dân tỉnh Quảng Trị",
    body=["Thực hiện " + CT12 + "; Kế hoạch số 41-KH/TU ngày 14/3/2022 của Ban Thường vụ Tỉnh ủy Quảng Trị, Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:",
          "I. MỤC ĐÍCH, YÊU CẦU",
          "Nâng cao nhận thức của cán bộ, đảng viên và nhân dân về vị trí, vai trò của công tác đối ngoại nhân dân."],
    cites=[C12, cite("plan", "41-KH/TU", "2022-03-14", "Ban Thường vụ Tỉnh ủy Quảng Trị")],
    signer=pcc("Hoàng Minh Đức"), dist=["Bộ Ngoại giao", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh", "Sở Ngoại vụ", "Lưu: VT, NC"])

# 2 Website copy with pipes and navigation lines
doc(name="c02_web_kh_ubnd_ba_ria", layout="pipes", kind="plan", head=[UB, "TỈNH BÀ RỊA - VŨNG TÀU"], reference="58/KH-UBND",
    number="58", symbol="KH-UBND", place="Bà Rịa - Vũng Tàu", date=(9, 3, 2023),
    nav=["Trang chủ > Văn bản chỉ đạo điều hành", "Cổng thông tin điện tử tỉnh", ""],
    kind_word="KẾ HOẠCH", title_lines=["Tổ chức các hoạt động giao lưu hữu nghị với nhân dân các nước năm 2023"],
    title="Tổ chức các hoạt động giao lưu hữu nghị với nhân dân các nước năm 2023", issuer="Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
    body=["Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
          "Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức các hoạt động giao lưu hữu nghị năm 2023 như sau:",
          "Các sở, ban, ngành chủ động phối hợp với Liên hiệp các tổ chức hữu nghị tỉnh triển khai."],
    cites=[ND30], signer=pcc("Lê Thị Hồng Vân"), dist=["Thường trực Tỉnh ủy", "Các sở, ban, ngành tỉnh", "Lưu: VT"])

# 3 Dispatch with V/v wrapped and long addressee list
doc(name="c03_cv_so_ngoai_vu_gia_lai", layout="state-v", kind="dispatch", head=["UBND TỈNH GIA LAI", "SỞ NGOẠI VỤ"],
    reference="1175/SNgV-LS&HTQT", number="1175", symbol="SNgV-LS&HTQT", place="Gia Lai", date=(22, 9, 2025),
    vv=["tham gia ý kiến dự thảo Kế hoạch", "giao lưu nhân dân biên giới năm 2026"],
    title="tham gia ý kiến dự thảo Kế hoạch giao lưu nhân dân biên giới năm 2026", issuer="Sở Ngoại vụ tỉnh Gia Lai",
    addr=["Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
          "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Liên hiệp các tổ chức hữu nghị tỉnh", "Ủy ban nhân dân các xã biên giới"],
    body=["Thực hiện Công văn số 2210/UBND-NC ngày 15/9/2025 của Ủy ban nhân dân tỉnh về việc xây dựng kế hoạch giao lưu nhân dân biên giới, Sở Ngoại vụ đề nghị các cơ quan, đơn vị tham gia ý kiến vào dự thảo gửi kèm.",
          "Văn bản góp ý gửi về Sở Ngoại vụ để tổng hợp./."],
    cites=[cite("dispatch", "2210/UBND-NC", "2025-09-15", "Ủy ban nhân dân tỉnh")],
    signer={"authority": ["KT. GIÁM ĐỐC"], "position": "PHÓ GIÁM ĐỐC", "name": "Ksor Thị Hương"},
    dist=["Như trên", "Lưu: VT, LS&HTQT"])

# 4 Party plan of a provincial standing committee (Guidance 36 layout)
doc(name="c04_kh_tinh_uy_thanh_hoa", layout="party", kind="plan", head=["TỈNH ỦY THANH HÓA"], reference="96-KH/TU", number="96",
    symbol="KH/TU", place="Thanh Hóa", date=(2, 6, 2022), kind_word="KẾ HOẠCH",
    title_lines=["thực hiện Chỉ thị số 12-CT/TW, ngày 05/01/2022 của Ban Bí thư", "về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả", "đối ngoại nhân dân trong tình hình mới"],
    title="thực hiện Chỉ thị số 12-CT/TW, ngày 05/01/2022 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới",
    issuer="Ban Thường vụ Tỉnh ủy Thanh Hóa",
    body=["Thực hiện Chỉ thị số 12-CT/TW, ngày 05/01/2022 của Ban Bí thư, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:",
          "I- MỤC ĐÍCH, YÊU CẦU",
          "Quán triệt sâu sắc quan điểm, chủ trương của Đảng về đối ngoại nhân dân."],
    cites=[C12], signer={"authority": ["T/M BAN THƯỜNG VỤ"], "position": "PHÓ BÍ THƯ", "name": "Lại Thế Nguyên"},
    dist=["Ban Bí thư Trung ương Đảng (b/c)", "Ban Đối ngoại Trung ương (b/c)", "Các huyện, thị, thành ủy, đảng ủy trực thuộc", "Lưu Văn phòng Tỉnh ủy"])

# 5 Party plan flattened with pipes, number and place on one line, KẾ HOẠCH HÀNH ĐỘNG
doc(name="c05_kh_huyen_uy_trieu_son_flat", layout="party-pipes", kind="plan", head=["ĐẢNG BỘ TỈNH THANH HÓA", "HUYỆN ỦY TRIỆU SƠN"],
    reference="12-KH/HU", number="12", symbol="KH/HU", place="Triệu Sơn", date=(20, 7, 2022), kind_word="KẾ HOẠCH HÀNH ĐỘNG",
    title_lines=["thực hiện Kế hoạch số 96-KH/TU của Ban Thường vụ Tỉnh ủy về đối ngoại nhân dân"],
    title="thực hiện Kế hoạch số 96-KH/TU của Ban Thường vụ Tỉnh ủy về đối ngoại nhân dân", issuer="Ban Thường vụ Huyện ủy Triệu Sơn",
    body=["Thực hiện Kế hoạch số 96-KH/TU, ngày 02/6/2022 của Ban Thường vụ Tỉnh ủy Thanh Hóa, Ban Thường vụ Huyện ủy xây dựng Kế hoạch hành động như sau:",
          "Các chi bộ, đảng bộ trực thuộc tổ chức quán triệt đến cán bộ, đảng viên."],
    cites=[cite("plan", "96-KH/TU", "2022-06-02", "Ban Thường vụ Tỉnh ủy Thanh Hóa")],
    signer={"authority": ["T/M BAN THƯỜNG VỤ"], "position": "BÍ THƯ", "name": "Trịnh Văn Hải"},
    dist=["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Huyện ủy viên", "Các chi, đảng bộ trực thuộc", "Lưu Văn phòng Huyện ủy"])

# 6 Decision with an attached regulation after the signature (own header and motto)
REG6 = "Quy chế quản lý hoạt động đối ngoại trên địa bàn tỉnh Lâm Đồng"
doc(name="c06_qd_quy_che_lam_dong", kind="decision", head=[UB, "TỈNH LÂM ĐỒNG"], reference="15/2025/QĐ-UBND", number="15",
    symbol="2025/QĐ-UBND", place="Lâm Đồng", date=(10, 11, 2025), kind_word="QUYẾT ĐỊNH",
    title_lines=["Ban hành Quy chế quản lý hoạt động đối ngoại", "trên địa bàn tỉnh Lâm Đồng"],
    title="Ban hành Quy chế quản lý hoạt động đối ngoại trên địa bàn tỉnh Lâm Đồng", issuer="Ủy ban nhân dân tỉnh Lâm Đồng",
    body=["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
          "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
          "Căn cứ Quyết định số 272/QĐ-TTg ngày 15 tháng 3 năm 2021 của Thủ tướng Chính phủ ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại;",
          "Theo đề nghị của Giám đốc Sở Ngoại vụ.",
          "QUYẾT ĐỊNH:",
          "Điều 1. Ban hành kèm theo Quyết định này " + REG6 + ".",
          "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."],
    cites=[cite("decision", "272/QĐ-TTg", "2021-03-15", "Thủ tướng Chính phủ")],
    signer=pcc("Phạm Quốc Tuấn", tm="TM. ỦY BAN NHÂN DÂN"), dist_first=True,
    dist=["Như Điều 3", "Bộ Ngoại giao", "Cục Kiểm tra văn bản - Bộ Tư pháp", "Lưu: VT, NV"],
    after=[[UB, "TỈNH LÂM ĐỒNG", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "QUY CHẾ",
            REG6, "(Ban hành kèm theo Quyết định số 15/2025/QĐ-UBND ngày 10 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh Lâm Đồng)", "",
            "Chương I", "QUY ĐỊNH CHUNG", "", "Điều 1. Phạm vi điều chỉnh", "", "Quy chế này quy định việc quản lý các đoàn ra, đoàn vào và hội nghị quốc tế."]],
    more=[attached("regulation", "Ủy ban nhân dân tỉnh Lâm Đồng", REG6)])

# 7 Report, draft with blank number and date
doc(name="c07_bc_du_thao_xa_phu_loc", kind="report", head=[UB, "XÃ PHÚ LỘC"], reference="/BC-UBND", number=None, symbol="BC-UBND",
    place="Phú Lộc", date=None, date_text="Phú Lộc, ngày      tháng      năm 2025", issuedOn="2025", draft=True, kind_word="BÁO CÁO",
    title_lines=["Kết quả công tác đối ngoại nhân dân năm 2025"], title="Kết quả công tác đối ngoại nhân dân năm 2025",
    issuer="Ủy ban nhân dân xã Phú Lộc",
    body=["Thực hiện Kế hoạch số 35/KH-UBND ngày 12/02/2025 của Ủy ban nhân dân xã, Ủy ban nhân dân xã Phú Lộc báo cáo kết quả như sau:",
          "I. KẾT QUẢ THỰC HIỆN", "Tổ chức 02 buổi giao lưu với đoàn thanh niên nước ngoài."],
    cites=[cite("plan", "35/KH-UBND", "2025-02-12", "Ủy ban nhân dân xã")],
    signer=pcc("Nguyễn Thị Lan", kt=False), dist=["UBND thành phố Huế", "Lưu: VT"])

# 8 Minister signing in own name; circular with year in the reference
doc(name="c08_tt_bo_ngoai_giao", kind="circular", head=["BỘ NGOẠI GIAO"], reference="05/2025/TT-BNG", number="05", symbol="2025/TT-BNG",
    place="Hà Nội", date=(28, 4, 2025), kind_word="THÔNG TƯ",
    title_lines=["Hướng dẫn thủ tục cử đoàn đi công tác nước ngoài", "của các tổ chức nhân dân"],
    title="Hướng dẫn thủ tục cử đoàn đi công tác nước ngoài của các tổ chức nhân dân", issuer="Bộ Ngoại giao",
    body=["Căn cứ Nghị định số 81/2022/NĐ-CP ngày 14 tháng 10 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Ngoại giao;",
          "Bộ trưởng Bộ Ngoại giao ban hành Thông tư hướng dẫn thủ tục cử đoàn.",
          "Điều 1. Phạm vi điều chỉnh", "Thông tư này hướng dẫn hồ sơ, trình tự cử đoàn."],
    cites=[cite("decree", "81/2022/NĐ-CP", "2022-10-14", "Chính phủ")],
    signer={"authority": [], "position": "BỘ TRƯỞNG", "name": "Trần Quang Vinh"},
    dist=["Văn phòng Chính phủ", "Các Bộ, cơ quan ngang Bộ", "Công báo", "Lưu: VT, LS"])

# 9 Joint circular: reference glued to place in a PDF line
doc(name="c09_ttlt_pdf_glued", layout="raw", kind="circular", reference="02/2024/TTLT-BNG-BNV", number="02", symbol="2024/TTLT-BNG-BNV",
    place="Hà Nội", date=(5, 2, 2024),
    raw_head=["BỘ NGOẠI GIAO - BỘ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Số: 02/2024/TTLT-BNG-BNVHà Nội, ngày 05 tháng 02 năm 2024", ""],
    kind_word="THÔNG TƯ LIÊN TỊCH", title_lines=["Hướng dẫn chức năng, nhiệm vụ của cơ quan ngoại vụ địa phương"],
    title="Hướng dẫn chức năng, nhiệm vụ của cơ quan ngoại vụ địa phương", issuer="Bộ Ngoại giao - Bộ Nội vụ",
    body=["Căn cứ Nghị định số 81/2022/NĐ-CP ngày 14/10/2022 của Chính phủ;",
          "Bộ trưởng Bộ Ngoại giao và Bộ trưởng Bộ Nội vụ ban hành Thông tư liên tịch này."],
    cites=[cite("decree", "81/2022/NĐ-CP", "2022-10-14", "Chính phủ")],
    signer={"authority": ["KT. BỘ TRƯỞNG"], "position": "THỨ TRƯỞNG", "name": "Đỗ Minh Khang"},
    dist=["Văn phòng Chính phủ", "UBND các tỉnh, thành phố", "Lưu: VT"])

# 10 Council resolution with session line
doc(name="c10_nq_hdnd_nghe_an", kind="resolution", head=["HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN"], reference="27/2025/NQ-HĐND",
    number="27", symbol="2025/NQ-HĐND", place="Nghệ An", date=(11, 12, 2025), kind_word="NGHỊ QUYẾT",
    title_lines=["Quy định mức chi đón tiếp khách nước ngoài", "trên địa bàn tỉnh Nghệ An"],
    title="Quy định mức chi đón tiếp khách nước ngoài trên địa bàn tỉnh Nghệ An", issuer="Hội đồng nhân dân tỉnh Nghệ An",
    body=["HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN", "KHÓA XVIII, KỲ HỌP THỨ 31",
          "Căn cứ Thông tư số 71/2018/TT-BTC ngày 10 tháng 8 năm 2018 của Bộ trưởng Bộ Tài chính;",
          "Xét Tờ trình số 9102/TTr-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh;",
          "QUYẾT NGHỊ:", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng."],
    cites=[cite("circular", "71/2018/TT-BTC", "2018-08-10", "Bộ trưởng Bộ Tài chính"), cite("other", "9102/TTr-UBND", "2025-11-20", "Ủy ban nhân dân tỉnh")],
    signer={"authority": [], "position": "CHỦ TỊCH", "name": "Hoàng Nghĩa Hiếu"},
    dist=["Ủy ban Thường vụ Quốc hội", "Chính phủ", "TT Tỉnh ủy", "Lưu: VT"])

# 11 Central Committee directive
doc(name="c11_ct_ban_bi_thu", layout="party", kind="directive", head=["BAN CHẤP HÀNH TRUNG ƯƠNG"], reference="41-CT/TW", number="41",
    symbol="CT/TW", place="Hà Nội", date=(14, 4, 2025), kind_word="CHỈ THỊ",
    title_lines=["về tăng cường công tác thông tin đối ngoại", "trong tình hình mới"],
    title="về tăng cường công tác thông tin đối ngoại trong tình hình mới", issuer="Ban Bí thư",
    body=["Sau 10 năm thực hiện Chỉ thị số 12-CT/TW, ngày 05/01/2022 của Ban Bí thư, công tác đối ngoại nhân dân đạt nhiều kết quả.",
          "Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau:"],
    cites=[C12], signer={"authority": ["T/M BAN BÍ THƯ"], "position": None, "name": "Trần Văn Phúc"},
    dist=["Các tỉnh ủy, thành ủy", "Các ban đảng Trung ương", "Lưu Văn phòng Trung ương Đảng"])

# 12 Conclusion of a provincial standing committee
doc(name="c12_kl_tinh_uy_lang_son", layout="party", kind="conclusion", head=["TỈNH ỦY LẠNG SƠN"], reference="215-KL/TU", number="215",
    symbol="KL/TU", place="Lạng Sơn", date=(6, 10, 2025), kind_word="KẾT LUẬN",
    title_lines=["CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ TIẾP TỤC ĐẨY MẠNH", "HỢP TÁC HỮU NGHỊ VỚI CÁC ĐỊA PHƯƠNG GIÁP BIÊN"],
    title="CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ TIẾP TỤC ĐẨY MẠNH HỢP TÁC HỮU NGHỊ VỚI CÁC ĐỊA PHƯƠNG GIÁP BIÊN",
    issuer="Ban Thường vụ Tỉnh ủy Lạng Sơn",
    body=["Tại phiên họp ngày 30/9/2025, sau khi nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo, Ban Thường vụ Tỉnh ủy kết luận như sau:",
          "Thống nhất đánh giá kết quả hợp tác với các địa phương giáp biên thời gian qua."],
    signer={"authority": ["T/M BAN THƯỜNG VỤ"], "position": "PHÓ BÍ THƯ THƯỜNG TRỰC", "name": "Đoàn Thu Hà"},
    dist=["Các đồng chí Tỉnh ủy viên", "Ban cán sự đảng UBND tỉnh", "Lưu Văn phòng Tỉnh ủy"])

# 13 Notice (thông báo) of a People's Committee office, wrapped date in a PDF
doc(name="c13_tb_van_phong_ubnd_pdf_wrap", layout="raw", kind="notice", reference="88/TB-VP", number="88", symbol="TB-VP",
    place="Hải Phòng", date=(29, 1, 2026),
    raw_head=["UBND THÀNH PHỐ HẢI PHÒNG", "VĂN PHÒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Số: 88/TB-VP", "Hải Phòng, ngày 29", "tháng 01 năm 2026", ""],
    kind_word="THÔNG BÁO", title_lines=["Kết luận của Phó Chủ tịch Ủy ban nhân dân thành phố", "tại buổi làm việc với Liên hiệp các tổ chức hữu nghị"],
    title="Kết luận của Phó Chủ tịch Ủy ban nhân dân thành phố tại buổi làm việc với Liên hiệp các tổ chức hữu nghị",
    issuer="Văn phòng Ủy ban nhân dân thành phố Hải Phòng",
    body=["Ngày 20/01/2026, Phó Chủ tịch Ủy ban nhân dân thành phố chủ trì buổi làm việc với Liên hiệp các tổ chức hữu nghị thành phố.",
          "Phó Chủ tịch đề nghị Liên hiệp tiếp tục phát huy vai trò đầu mối."],
    signer={"authority": ["KT. CHÁNH VĂN PHÒNG"], "position": "PHÓ CHÁNH VĂN PHÒNG", "name": "Vũ Thị Mai"},
    dist=["Chủ tịch, các PCT UBND thành phố", "Liên hiệp các tổ chức hữu nghị thành phố", "Lưu: VT"])

# 14 Guidance of a Party board
doc(name="c14_hd_ban_dan_van_tinh_uy", layout="party", kind="guidance", head=["TỈNH ỦY ĐẮK LẮK", "BAN DÂN VẬN"], reference="07-HD/BDVTU",
    number="07", symbol="HD/BDVTU", place="Đắk Lắk", date=(3, 3, 2026), kind_word="HƯỚNG DẪN",
    title_lines=["tổ chức hoạt động đối ngoại nhân dân của Mặt trận và các đoàn thể năm 2026"],
    title="tổ chức hoạt động đối ngoại nhân dân của Mặt trận và các đoàn thể năm 2026", issuer="Ban Dân vận Tỉnh ủy Đắk Lắk",
    body=["Thực hiện Kế hoạch số 188-KH/TU, ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy hướng dẫn như sau:",
          "Mặt trận và các đoàn thể chủ động xây dựng kế hoạch phù hợp."],
    cites=[cite("plan", "188-KH/TU", "2026-01-10", "Ban Thường vụ Tỉnh ủy")],
    signer={"authority": ["K/T TRƯỞNG BAN"], "position": "PHÓ TRƯỞNG BAN", "name": "H' Yim Kdoh"},
    dist=["Thường trực Tỉnh ủy (b/c)", "Ủy ban MTTQ Việt Nam tỉnh", "Lưu Ban Dân vận"])

# 15 Submission (tờ trình), kind falls to other
doc(name="c15_totrinh_so_ngoai_vu", kind="other", head=["UBND TỈNH KHÁNH HÒA", "SỞ NGOẠI VỤ"], reference="45/TTr-SNgV", number="45",
    symbol="TTr-SNgV", place="Khánh Hòa", date=(16, 5, 2025), kind_word="TỜ TRÌNH",
    title_lines=["Về việc phê duyệt Đề án phát triển quan hệ hữu nghị", "với các địa phương nước ngoài giai đoạn 2026 - 2030"],
    title="Về việc phê duyệt Đề án phát triển quan hệ hữu nghị với các địa phương nước ngoài giai đoạn 2026 - 2030",
    issuer="Sở Ngoại vụ tỉnh Khánh Hòa",
    addr=["Ủy ban nhân dân tỉnh Khánh Hòa"], addr_lines=["Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa."],
    body=["Căn cứ Quyết định số 1120/QĐ-UBND ngày 02/4/2025 của Ủy ban nhân dân tỉnh, Sở Ngoại vụ kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt Đề án."],
    cites=[cite("decision", "1120/QĐ-UBND", "2025-04-02", "Ủy ban nhân dân tỉnh")],
    signer={"authority": [], "position": "GIÁM ĐỐC", "name": "Nguyễn Hữu Thắng"}, dist=["Như trên", "Lưu: VT"])

# 16 Scheme (đề án) with kind word and title on one line
doc(name="c16_de_an_ubnd_da_nang", kind="scheme", head=[UB, "THÀNH PHỐ ĐÀ NẴNG"], reference="09/ĐA-UBND", number="09", symbol="ĐA-UBND",
    place="Đà Nẵng", date=(7, 8, 2025), kind_word="ĐỀ ÁN",
    title_lines=["Nâng cao hiệu quả hợp tác với các thành phố kết nghĩa", "giai đoạn 2026 - 2030"],
    title="Nâng cao hiệu quả hợp tác với các thành phố kết nghĩa giai đoạn 2026 - 2030", issuer="Ủy ban nhân dân thành phố Đà Nẵng",
    body=["Phần thứ nhất", "SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN", "Thành phố đã thiết lập quan hệ với nhiều địa phương nước ngoài."],
    signer=pcc("Trần Anh Quân"), dist=["TT Thành ủy", "TT HĐND thành phố", "Lưu: VT, SNgV"])

# 17 Dispatch copied from a website: reference first, kind word after, distribution on one line
doc(name="c17_web_cv_vpcp_ref_first", layout="raw", kind="dispatch", reference="2321/VPCP-QHQT", number="2321", symbol="VPCP-QHQT",
    place="Hà Nội", date=(8, 4, 2025),
    raw_head=["Cơ sở dữ liệu văn bản | Tìm kiếm | Đăng nhập", "Văn bản > Công văn", "", "VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "| Độc lập - Tự do - Hạnh phúc", "2321/VPCP-QHQT | Hà Nội, ngày 08 tháng 4 năm 2025", "Công văn V/v tổ chức Diễn đàn nhân dân ASEAN"],
    title="tổ chức Diễn đàn nhân dân ASEAN", issuer="Văn phòng Chính phủ",
    addr=["Bộ Ngoại giao", "Liên hiệp các tổ chức hữu nghị Việt Nam"],
    addr_lines=["Kính gửi:", "- Bộ Ngoại giao;", "- Liên hiệp các tổ chức hữu nghị Việt Nam."],
    body=["Xét đề nghị của Bộ Ngoại giao tại văn bản số 1502/BNG-TCQT ngày 25/3/2025, Phó Thủ tướng Chính phủ có ý kiến như sau:",
          "Đồng ý chủ trương tổ chức Diễn đàn."],
    cites=[cite("dispatch", "1502/BNG-TCQT", "2025-03-25", "Bộ Ngoại giao")],
    signer={"authority": ["KT. BỘ TRƯỞNG, CHỦ NHIỆM"], "position": "PHÓ CHỦ NHIỆM", "name": "Mai Tiến Dũng"},
    dist=["Như trên", "TTg, các PTTg", "VPCP: BTCN, các PCN", "Lưu: VT, QHQT"],
    dist_lines=["Nơi nhận:- Như trên;- TTg, các PTTg;- VPCP: BTCN, các PCN;- Lưu: VT, QHQT."])

# 18 Action programme of a provincial Party committee
doc(name="c18_ctr_tinh_uy_ninh_binh", layout="party", kind="action-program", head=["TỈNH ỦY NINH BÌNH"], reference="05-CTr/TU", number="05",
    symbol="CTr/TU", place="Ninh Bình", date=(25, 8, 2025), kind_word="CHƯƠNG TRÌNH HÀNH ĐỘNG",
    title_lines=["THỰC HIỆN NGHỊ QUYẾT SỐ 59-NQ/TW CỦA BỘ CHÍNH TRỊ", "VỀ HỘI NHẬP QUỐC TẾ TRONG TÌNH HÌNH MỚI"],
    title="THỰC HIỆN NGHỊ QUYẾT SỐ 59-NQ/TW CỦA BỘ CHÍNH TRỊ VỀ HỘI NHẬP QUỐC TẾ TRONG TÌNH HÌNH MỚI", issuer="Ban Chấp hành Đảng bộ tỉnh Ninh Bình",
    body=["Thực hiện Nghị quyết số 59-NQ/TW, ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế trong tình hình mới, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động như sau:",
          "I- MỤC TIÊU", "Chủ động hội nhập quốc tế sâu rộng."],
    cites=[cite("resolution", "59-NQ/TW", "2025-01-24", "Bộ Chính trị")],
    signer={"authority": ["T/M TỈNH ỦY"], "position": "BÍ THƯ", "name": "Đoàn Minh Huấn"},
    dist=["Bộ Chính trị (b/c)", "Các đảng bộ trực thuộc", "Lưu Văn phòng Tỉnh ủy"])

# 19 Plan of a commune after 2025, citations with issuer named before the reference
doc(name="c19_kh_xa_tan_hung", kind="plan", head=["UBND TỈNH TÂY NINH", "ỦY BAN NHÂN DÂN XÃ TÂN HƯNG"], reference="41/KH-UBND", number="41",
    symbol="KH-UBND", place="Tân Hưng", date=(15, 9, 2025), kind_word="KẾ HOẠCH",
    title_lines=["Triển khai công tác đối ngoại nhân dân năm 2026"], title="Triển khai công tác đối ngoại nhân dân năm 2026",
    issuer="Ủy ban nhân dân xã Tân Hưng",
    body=["Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 1043-CV/TU ngày 02/9/2025 và của Ủy ban nhân dân tỉnh tại Kế hoạch số 3120/KH-UBND ngày 05/9/2025, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:",
          "Tổ chức tuyên truyền đến các ấp trên địa bàn xã."],
    cites=[cite("dispatch", "1043-CV/TU", "2025-09-02", "Ban Thường vụ Tỉnh ủy"), cite("plan", "3120/KH-UBND", "2025-09-05", "Ủy ban nhân dân tỉnh")],
    signer=pcc("Võ Thành Nhân", kt=False), dist=["UBND tỉnh", "Đảng ủy xã", "Lưu: VT"])

# 20 Directive of a People's Committee chair
doc(name="c20_ct_chu_tich_ubnd_an_giang", kind="directive", head=[UB, "TỈNH AN GIANG"], reference="08/CT-UBND", number="08",
    symbol="CT-UBND", place="An Giang", date=(4, 7, 2025), kind_word="CHỈ THỊ",
    title_lines=["Về tăng cường quản lý hoạt động của tổ chức phi chính phủ nước ngoài"],
    title="Về tăng cường quản lý hoạt động của tổ chức phi chính phủ nước ngoài", issuer="Ủy ban nhân dân tỉnh An Giang",
    body=["Thời gian qua, các tổ chức phi chính phủ nước ngoài đã hỗ trợ tích cực cho tỉnh.",
          "Thực hiện Nghị định số 58/2022/NĐ-CP ngày 31/8/2022 của Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:"],
    cites=[cite("decree", "58/2022/NĐ-CP", "2022-08-31", "Chính phủ")],
    signer={"authority": [], "position": "CHỦ TỊCH", "name": "Hồ Văn Mừng"}, dist=["Bộ Ngoại giao", "TT Tỉnh ủy", "Lưu: VT"])

# 21 PDF text with glued words and a reference split from its number
doc(name="c21_pdf_glued_kh_ubnd_phu_tho", kind="plan", head=[UB, "TỈNH PHÚ THỌ"], reference="1290/KH-UBND", number="1290",
    symbol="KH-UBND", place="Phú Thọ", date=(12, 5, 2025), kind_word="KẾ HOẠCH",
    title_lines=["Tổ chức Tuần văn hóa hữu nghị năm 2025"], title="Tổ chức Tuần văn hóa hữu nghị năm 2025", issuer="Ủy ban nhân dân tỉnh Phú Thọ",
    body=["Thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư và Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch.",
          "Các sở, ngành phối hợp tổ chức."],
    glue=[("Chỉ thị số 12", "Chỉthị số12"), ("Nghị định số 30", "Nghị địnhsố 30")],
    cites=[C12, ND30], signer=pcc("Bùi Văn Quang"), dist=["Sở Ngoại vụ", "Lưu: VT"])

# 22 Party directive of a district committee (pre-2025)
doc(name="c22_ct_huyen_uy_kon_ray", layout="party", kind="directive", head=["ĐẢNG BỘ TỈNH KON TUM", "HUYỆN ỦY KON RẪY"], reference="03-CT/HU",
    number="03", symbol="CT/HU", place="Kon Rẫy", date=(21, 2, 2023), kind_word="CHỈ THỊ",
    title_lines=["của Ban Thường vụ Huyện ủy về tăng cường công tác quản lý", "người nước ngoài trên địa bàn huyện"],
    title="của Ban Thường vụ Huyện ủy về tăng cường công tác quản lý người nước ngoài trên địa bàn huyện", issuer="Ban Thường vụ Huyện ủy Kon Rẫy",
    body=["Thực hiện Kế hoạch số 45-KH/TU, ngày 08/7/2022 của Ban Thường vụ Tỉnh ủy Kon Tum, Ban Thường vụ Huyện ủy chỉ thị như sau:",
          "Các chi, đảng bộ cơ sở quán triệt đến đảng viên."],
    cites=[cite("plan", "45-KH/TU", "2022-07-08", "Ban Thường vụ Tỉnh ủy Kon Tum")],
    signer={"authority": ["T/M BAN THƯỜNG VỤ"], "position": "BÍ THƯ", "name": "A Thanh"},
    dist=["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ cơ sở", "Lưu Văn phòng Huyện ủy"])

# 23 Regulation of a Party committee (quy định)
doc(name="c23_qyd_tinh_uy_son_la", layout="party", kind="regulation", head=["TỈNH ỦY SƠN LA"], reference="11-QĐ/TU", number="11",
    symbol="QĐ/TU", place="Sơn La", date=(30, 6, 2025), kind_word="QUY ĐỊNH",
    title_lines=["về quản lý thống nhất hoạt động đối ngoại của tỉnh"], title="về quản lý thống nhất hoạt động đối ngoại của tỉnh",
    issuer="Ban Thường vụ Tỉnh ủy Sơn La",
    body=["Căn cứ Quy định số 272-QĐ/TW, ngày 21/01/2015 của Ban Bí thư về quản lý thống nhất các hoạt động đối ngoại;",
          "Ban Thường vụ Tỉnh ủy quy định như sau:", "Điều 1. Phạm vi điều chỉnh"],
    cites=[cite("regulation", "272-QĐ/TW", "2015-01-21", "Ban Bí thư")],
    signer={"authority": ["T/M BAN THƯỜNG VỤ"], "position": "BÍ THƯ", "name": "Hoàng Văn Chất"},
    dist=["Ban Bí thư (b/c)", "Các huyện ủy, thành ủy", "Lưu Văn phòng Tỉnh ủy"])

# 24 Report of a Sở in a flattened website copy with a trailing pipe after the number
doc(name="c24_web_bc_so_ngoai_vu_hue", layout="raw", kind="report", reference="312/BC-SNgV", number="312", symbol="BC-SNgV",
    place="Huế", date=(5, 12, 2025),
    raw_head=["Chi tiết văn bản", "UBND THÀNH PHỐ HUẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ NGOẠI VỤ | Độc lập - Tự do - Hạnh phúc",
              "Số: 312/BC-SNgV |", "| Huế, ngày 05 tháng 12 năm 2025", ""],
    kind_word="BÁO CÁO", title_lines=["Tình hình công tác đối ngoại năm 2025 và phương hướng năm 2026"],
    title="Tình hình công tác đối ngoại năm 2025 và phương hướng năm 2026", issuer="Sở Ngoại vụ thành phố Huế",
    body=["Thực hiện Công văn số 7710/UBND-NV ngày 20/11/2025 của Ủy ban nhân dân thành phố, Sở Ngoại vụ báo cáo như sau:",
          "I. TÌNH HÌNH CHUNG", "Năm 2025, thành phố đón 45 đoàn khách quốc tế."],
    cites=[cite("dispatch", "7710/UBND-NV", "2025-11-20", "Ủy ban nhân dân thành phố")],
    signer={"authority": [], "position": "GIÁM ĐỐC", "name": "Lê Văn Thiện"}, dist=["UBND thành phố", "Lưu: VT"])

# 25 Programme of work (chương trình công tác)
doc(name="c25_ctr_cong_tac_lien_hiep_huu_nghi", kind="action-program", head=["UBND TỈNH CÀ MAU", "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ"],
    reference="02/CTr-LHHN", number="02", symbol="CTr-LHHN", place="Cà Mau", date=(6, 1, 2026), kind_word="CHƯƠNG TRÌNH CÔNG TÁC",
    title_lines=["năm 2026"], title="năm 2026", issuer="Liên hiệp các tổ chức hữu nghị tỉnh Cà Mau",
    body=["Căn cứ Kế hoạch số 05/KH-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh, Liên hiệp các tổ chức hữu nghị tỉnh xây dựng Chương trình công tác năm 2026."],
    cites=[cite("plan", "05/KH-UBND", "2026-01-02", "Ủy ban nhân dân tỉnh")],
    signer={"authority": ["TM. BAN THƯỜNG VỤ"], "position": "CHỦ TỊCH", "name": "Trương Thị Ngọc"}, dist=["UBND tỉnh", "Lưu: VT"])

# 26 Official telegram (công điện)
doc(name="c26_cong_dien_ubnd_quang_ngai", kind="other", head=[UB, "TỈNH QUẢNG NGÃI"], reference="04/CĐ-UBND", number="04", symbol="CĐ-UBND",
    place="Quảng Ngãi", date=(27, 10, 2025), kind_word="CÔNG ĐIỆN",
    title_lines=["Về việc bảo đảm an toàn cho đoàn khách quốc tế trong mùa mưa bão"],
    title="Về việc bảo đảm an toàn cho đoàn khách quốc tế trong mùa mưa bão", issuer="Ủy ban nhân dân tỉnh Quảng Ngãi",
    body=["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:", "- Giám đốc các Sở: Ngoại vụ, Văn hóa, Thể thao và Du lịch;",
          "Để bảo đảm an toàn cho các đoàn khách quốc tế, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan theo dõi chặt chẽ diễn biến thời tiết."],
    signer={"authority": ["KT. CHỦ TỊCH"], "position": "PHÓ CHỦ TỊCH", "name": "Nguyễn Hoàng Giang"}, dist=["Như trên", "Lưu: VT"])

# 27 Agreement (bản ghi nhớ) between two unions
doc(name="c27_ban_ghi_nho_lhhn", kind="agreement", head=["LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ", "TỈNH ĐỒNG NAI"], reference="01/BGN-LHHN",
    number="01", symbol="BGN-LHHN", place="Đồng Nai", date=(19, 11, 2025), kind_word="BẢN GHI NHỚ",
    title_lines=["Về hợp tác giao lưu thanh niên giai đoạn 2026 - 2028"], title="Về hợp tác giao lưu thanh niên giai đoạn 2026 - 2028",
    issuer="Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai",
    body=["Hai bên thống nhất tổ chức giao lưu thanh niên mỗi năm một lần.", "Bản ghi nhớ được lập thành 02 bản có giá trị như nhau."],
    signer={"authority": ["TM. BAN THƯỜNG VỤ"], "position": "CHỦ TỊCH", "name": "Phan Văn Lộc"}, dist=["Lưu: VT"])

# 28 Dispatch: citation symbol with &, citation cut at "và"
doc(name="c28_cv_lhhn_tphcm", layout="state-v", kind="dispatch", head=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"], reference="4127/UBND-VX",
    number="4127", symbol="UBND-VX", place="Thành phố Hồ Chí Minh", date=(3, 11, 2025),
    vv=["triển khai Chương trình giao lưu nhân dân Việt Nam - Lào"],
    title="triển khai Chương trình giao lưu nhân dân Việt Nam - Lào", issuer="Ủy ban nhân dân Thành phố Hồ Chí Minh",
    addr=["Sở Ngoại vụ", "Liên hiệp các tổ chức hữu nghị Thành phố", "Ủy ban nhân dân các phường, xã, đặc khu"],
    body=["Căn cứ Công văn số 499/SNgV-LS&HTQT ngày 20/10/2025 của Sở Ngoại vụ và Liên hiệp các tổ chức hữu nghị Thành phố về chương trình giao lưu, Ủy ban nhân dân Thành phố có ý kiến như sau:",
          "Giao Sở Ngoại vụ chủ trì triển khai."],
    cites=[cite("dispatch", "499/SNgV-LS&HTQT", "2025-10-20", "Sở Ngoại vụ và Liên hiệp các tổ chức hữu nghị Thành phố")],
    signer=pcc("Trần Thị Diệu Thúy", tm="TL. CHỦ TỊCH", kt=False) | {"authority": ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"], "position": "PHÓ CHÁNH VĂN PHÒNG"},
    dist=["Như trên", "TTUB: CT, các PCT", "Lưu: VT, (VX)"])

# 29 Decision of a chairman with an attached programme (no own header)
PRG29 = "Chương trình xúc tiến hợp tác quốc tế của tỉnh Cao Bằng năm 2026"
doc(name="c29_qd_chuong_trinh_cao_bang", kind="decision", head=[UB, "TỈNH CAO BẰNG"], reference="2088/QĐ-UBND", number="2088", symbol="QĐ-UBND",
    place="Cao Bằng", date=(24, 12, 2025), kind_word="QUYẾT ĐỊNH",
    title_lines=["Về việc phê duyệt " + PRG29], title="Về việc phê duyệt " + PRG29, issuer="Ủy ban nhân dân tỉnh Cao Bằng",
    body=["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
          "Căn cứ Quyết định số 06/2020/QĐ-TTg ngày 21 tháng 02 năm 2020 của Thủ tướng Chính phủ về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam;",
          "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt kèm theo Quyết định này " + PRG29 + "."],
    cites=[cite("decision", "06/2020/QĐ-TTg", "2020-02-21", "Thủ tướng Chính phủ")],
    signer={"authority": ["KT. CHỦ TỊCH"], "position": "PHÓ CHỦ TỊCH", "name": "Nông Thanh Tùng"}, dist_first=True,
    dist=["Như Điều 3", "Bộ Ngoại giao", "Lưu: VT, NgV"],
    after=[["CHƯƠNG TRÌNH", PRG29, "(Ban hành kèm theo Quyết định số 2088/QĐ-UBND ngày 24/12/2025 của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng)", "",
            "I. MỤC ĐÍCH, YÊU CẦU", "", "Quảng bá hình ảnh, tiềm năng của tỉnh tới các đối tác nước ngoài."]],
    more=[attached("action-program", "Ủy ban nhân dân tỉnh Cao Bằng", PRG29)])

# 30 Report without kind word: kind from the symbol
doc(name="c30_bc_no_kind_word", kind="report", head=["UBND TỈNH LÀO CAI", "SỞ NGOẠI VỤ"], reference="77/BC-SNgV", number="77", symbol="BC-SNgV",
    place="Lào Cai", date=(14, 3, 2026), title_lines=["Kết quả đón tiếp đoàn khách Vân Nam tháng 3 năm 2026"],
    title="Kết quả đón tiếp đoàn khách Vân Nam tháng 3 năm 2026", issuer="Sở Ngoại vụ tỉnh Lào Cai",
    body=["Ngày 10/3/2026, Sở Ngoại vụ phối hợp đón đoàn khách Vân Nam sang làm việc tại tỉnh."],
    signer={"authority": ["KT. GIÁM ĐỐC"], "position": "PHÓ GIÁM ĐỐC", "name": "Sùng A Páo"}, dist=["UBND tỉnh", "Lưu: VT"])

# 31 Minutes of a working session
doc(name="c31_bb_lam_viec_vinh_long", kind="minutes", head=["SỞ NGOẠI VỤ", "TỈNH VĨNH LONG"], reference="03/BB-SNgV", number="03", symbol="BB-SNgV",
    place="Vĩnh Long", date=(17, 4, 2026), kind_word="BIÊN BẢN",
    title_lines=["Làm việc với Hội hữu nghị Việt Nam - Campuchia tỉnh"], title="Làm việc với Hội hữu nghị Việt Nam - Campuchia tỉnh",
    issuer="Sở Ngoại vụ tỉnh Vĩnh Long",
    body=["Hôm nay, ngày 17/4/2026, tại trụ sở Sở Ngoại vụ, hai bên đã làm việc về chương trình năm 2026.", "Biên bản được lập xong lúc 11 giờ cùng ngày."],
    signer={"authority": [], "position": "GIÁM ĐỐC", "name": "Thạch Sô Phanh"}, dist=["Các thành viên dự họp", "Lưu: VT"])

# 32 Commune Party committee plan after the 2025 reorganisation
doc(name="c32_kh_dang_uy_xa_hung_yen", layout="party", kind="plan", head=["ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG ỦY XÃ NGHĨA TRỤ"], reference="27-KH/ĐU",
    number="27", symbol="KH/ĐU", place="Nghĩa Trụ", date=(1, 10, 2025), kind_word="KẾ HOẠCH",
    title_lines=["tuyên truyền về công tác đối ngoại nhân dân năm 2026"], title="tuyên truyền về công tác đối ngoại nhân dân năm 2026",
    issuer="Ban Thường vụ Đảng ủy xã Nghĩa Trụ",
    body=["Thực hiện Kế hoạch số 310-KH/TU, ngày 18/9/2025 của Ban Thường vụ Tỉnh ủy Hưng Yên, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:",
          "Các chi bộ trực thuộc tổ chức quán triệt."],
    cites=[cite("plan", "310-KH/TU", "2025-09-18", "Ban Thường vụ Tỉnh ủy Hưng Yên")],
    signer={"authority": ["T/M BAN THƯỜNG VỤ"], "position": "PHÓ BÍ THƯ", "name": "Đặng Văn Tới"},
    dist=["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"])

# 33 PDF dispatch: issuer cell wrapped mid-phrase, signer authority wrapped
doc(name="c33_pdf_cv_wrapped_cells", layout="raw", kind="dispatch", reference="905/UBND-NV", number="905", symbol="UBND-NV",
    place="Điện Biên", date=(11, 6, 2025),
    raw_head=["ỦY", "BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Số: 905/UBND-NV", "Điện Biên, ngày 11 tháng 6 năm 2025", "V/v cử cán bộ tham dự tập huấn công tác", "đối ngoại nhân dân", ""],
    title="cử cán bộ tham dự tập huấn công tác đối ngoại nhân dân", issuer="Ủy ban nhân dân tỉnh Điện Biên",
    addr=["Sở Nội vụ", "Sở Ngoại vụ"], addr_lines=["Kính gửi:", "- Sở Nội vụ;", "- Sở Ngoại vụ."],
    body=["Thực hiện Công văn số 1880/BNG-VP ngày 02/6/2025 của Bộ Ngoại giao, Ủy ban nhân dân tỉnh đề nghị các Sở cử cán bộ tham dự."],
    cites=[cite("dispatch", "1880/BNG-VP", "2025-06-02", "Bộ Ngoại giao")],
    signer={"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "position": "PHÓ CHỦ TỊCH", "name": "Lò Văn Tiến"},
    dist=["Như trên", "Lưu: VT, NC"])

# 34 State plan with the place wrapped over two lines
doc(name="c34_kh_place_wrapped", layout="raw", kind="plan", reference="166/KH-UBND", number="166", symbol="KH-UBND",
    place="Thừa Thiên Huế", date=(23, 5, 2024),
    raw_head=[UB, "TỈNH THỪA THIÊN HUẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 166/KH-UBND", "Thừa",
              "Thiên Huế, ngày 23 tháng 5 năm 2024", ""],
    kind_word="KẾ HOẠCH", title_lines=["Tổ chức Ngày hội hữu nghị quốc tế năm 2024"], title="Tổ chức Ngày hội hữu nghị quốc tế năm 2024",
    issuer="Ủy ban nhân dân tỉnh Thừa Thiên Huế",
    body=["Căn cứ Kế hoạch số 20/KH-UBND ngày 15/01/2024 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Ngày hội."],
    cites=[cite("plan", "20/KH-UBND", "2024-01-15", "Ủy ban nhân dân tỉnh")],
    signer=pcc("Phan Quý Phương"), dist=["Bộ Ngoại giao", "Lưu: VT"])

# 35 Notice of a Party committee's conclusion
doc(name="c35_tb_tinh_uy_quang_ninh", layout="party", kind="notice", head=["TỈNH ỦY QUẢNG NINH"], reference="1425-TB/TU", number="1425",
    symbol="TB/TU", place="Quảng Ninh", date=(9, 1, 2026), kind_word="THÔNG BÁO",
    title_lines=["KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY", "VỀ CÔNG TÁC ĐỐI NGOẠI NĂM 2025"],
    title="KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ CÔNG TÁC ĐỐI NGOẠI NĂM 2025", issuer="Ban Thường vụ Tỉnh ủy Quảng Ninh",
    body=["Ngày 06/01/2026, Ban Thường vụ Tỉnh ủy họp nghe báo cáo kết quả công tác đối ngoại năm 2025.", "Ban Thường vụ Tỉnh ủy kết luận như sau:"],
    signer={"authority": ["T/L BAN THƯỜNG VỤ"], "position": "CHÁNH VĂN PHÒNG", "name": "Nguyễn Đức Thành"},
    dist=["Các đồng chí Ủy viên Ban Thường vụ", "Lưu Văn phòng Tỉnh ủy"])

# 36 Front committee plan
doc(name="c36_kh_mttq_vinh_long", kind="plan", head=["ỦY BAN MTTQ VIỆT NAM", "TỈNH BẾN TRE", "BAN THƯỜNG TRỰC"], reference="19/KH-MTTQ-BTT",
    number="19", symbol="KH-MTTQ-BTT", place="Bến Tre", date=(13, 2, 2024), kind_word="KẾ HOẠCH",
    title_lines=["Tổ chức đón đoàn đại biểu Mặt trận Lào Xây dựng Đất nước tỉnh Champasak"],
    title="Tổ chức đón đoàn đại biểu Mặt trận Lào Xây dựng Đất nước tỉnh Champasak", issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bến Tre",
    body=["Thực hiện Chương trình phối hợp số 02/CTr-MTTQ ngày 10/01/2024, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh xây dựng Kế hoạch như sau:",
          "Bố trí nơi ăn, nghỉ cho đoàn."],
    cites=[cite("action-program", "02/CTr-MTTQ", "2024-01-10", None)],
    signer={"authority": ["TM. BAN THƯỜNG TRỰC"], "position": "CHỦ TỊCH", "name": "Nguyễn Văn Đấu"}, dist=["TT Tỉnh ủy", "Lưu: VT"])

# 37 Party dispatch (công văn) of a district committee
doc(name="c37_cv_huyen_uy_hai_duong", layout="party", kind="dispatch", head=["ĐẢNG BỘ TỈNH HẢI DƯƠNG", "HUYỆN ỦY THANH MIỆN"], reference="215-CV/HU",
    number="215", symbol="CV/HU", place="Thanh Miện", date=(26, 3, 2024), title_lines=["V/v tổ chức Hội nghị quán triệt Kết luận số 57-KL/TW"],
    title="tổ chức Hội nghị quán triệt Kết luận số 57-KL/TW", issuer="Ban Thường vụ Huyện ủy Thanh Miện",
    addr=["Các chi, đảng bộ cơ sở", "Các cơ quan chuyên trách tham mưu, giúp việc Huyện ủy"],
    body=["Thực hiện Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị, Ban Thường vụ Huyện ủy đề nghị các chi, đảng bộ tổ chức hội nghị quán triệt."],
    cites=[cite("conclusion", "57-KL/TW", "2023-06-15", "Bộ Chính trị")],
    signer={"authority": ["T/M BAN THƯỜNG VỤ"], "position": "PHÓ BÍ THƯ", "name": "Vũ Văn Thoan"}, dist=["Như kính gửi", "Lưu Văn phòng Huyện ủy"])

# 38 Report of a pre-2025 district with a Roman heading right after the title
doc(name="c38_bc_huyen_mo_cay", kind="report", head=[UB, "HUYỆN MỎ CÀY NAM"], reference="128/BC-UBND", number="128", symbol="BC-UBND",
    place="Mỏ Cày Nam", date=(4, 6, 2024), kind_word="BÁO CÁO",
    title_lines=["Sơ kết 6 tháng đầu năm công tác người Việt Nam ở nước ngoài"], title="Sơ kết 6 tháng đầu năm công tác người Việt Nam ở nước ngoài",
    issuer="Ủy ban nhân dân huyện Mỏ Cày Nam",
    body=["I. KẾT QUẢ ĐẠT ĐƯỢC", "Trong 6 tháng, huyện tiếp đón 12 lượt kiều bào về thăm quê hương.", "II. PHƯƠNG HƯỚNG"],
    signer=pcc("Trần Văn Lâm"), dist=["UBND tỉnh Bến Tre", "Sở Ngoại vụ", "Lưu: VT"])

# 39 Decision whose reference with a year stands under a lone "Số:"
doc(name="c39_qd_so_on_own_line", layout="raw", kind="decision", reference="09/2011/QĐ-UBND", number="09", symbol="2011/QĐ-UBND",
    place="Bình Định", date=(20, 4, 2011),
    raw_head=[UB, "TỈNH BÌNH ĐỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:", "09/2011/QĐ-UBND",
              "Bình Định, ngày 20 tháng 4 năm 2011", ""],
    kind_word="QUYẾT ĐỊNH", title_lines=["Ban hành Quy định quản lý đoàn ra, đoàn vào trên địa bàn tỉnh"],
    title="Ban hành Quy định quản lý đoàn ra, đoàn vào trên địa bàn tỉnh", issuer="Ủy ban nhân dân tỉnh Bình Định",
    body=["ỦY BAN NHÂN DÂN TỈNH", "Căn cứ Quyết định số 67/2011/QĐ-TTg ngày 12 tháng 12 năm 2011 của Thủ tướng Chính phủ;", "QUYẾT ĐỊNH:",
          "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý đoàn ra, đoàn vào."],
    cites=[cite("decision", "67/2011/QĐ-TTg", "2011-12-12", "Thủ tướng Chính phủ")],
    signer={"authority": ["TM. ỦY BAN NHÂN DÂN"], "position": "CHỦ TỊCH", "name": "Lê Hữu Lộc"}, dist=["Bộ Ngoại giao", "Lưu: VT"])

# 40 Central Party board guidance
doc(name="c40_hd_ban_doi_ngoai_tw", layout="party", kind="guidance", head=["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN ĐỐI NGOẠI"], reference="25-HD/BĐNTW",
    number="25", symbol="HD/BĐNTW", place="Hà Nội", date=(18, 3, 2022), kind_word="HƯỚNG DẪN",
    title_lines=["thực hiện Chỉ thị số 12-CT/TW, ngày 05/01/2022 của Ban Bí thư"], title="thực hiện Chỉ thị số 12-CT/TW, ngày 05/01/2022 của Ban Bí thư",
    issuer="Ban Đối ngoại Trung ương",
    body=["Để thực hiện có hiệu quả Chỉ thị số 12-CT/TW, Ban Đối ngoại Trung ương hướng dẫn các cấp ủy một số nội dung sau:", "Quán triệt sâu rộng Chỉ thị."],
    cites=[C12], signer={"authority": ["K/T TRƯỞNG BAN"], "position": "PHÓ TRƯỞNG BAN", "name": "Nguyễn Minh Tâm"},
    dist=["Các tỉnh ủy, thành ủy", "Lưu Văn phòng Ban"])

# 41 Ward plan with completion and reporting deadlines
doc(name="c41_kh_phuong_deadlines", kind="plan", head=[UB, "PHƯỜNG HẢI CHÂU"], reference="73/KH-UBND", number="73", symbol="KH-UBND",
    place="Hải Châu", date=(8, 1, 2026), kind_word="KẾ HOẠCH",
    title_lines=["Tuyên truyền về chủ quyền biển, đảo cho người nước ngoài năm 2026"], title="Tuyên truyền về chủ quyền biển, đảo cho người nước ngoài năm 2026",
    issuer="Ủy ban nhân dân phường Hải Châu",
    body=["Căn cứ Kế hoạch số 4410/KH-UBND ngày 20/12/2025 của Ủy ban nhân dân thành phố Đà Nẵng, Ủy ban nhân dân phường xây dựng Kế hoạch như sau:",
          "Các tổ dân phố báo cáo kết quả thực hiện về Ủy ban nhân dân phường trước ngày 15/11/2026."],
    cites=[cite("plan", "4410/KH-UBND", "2025-12-20", "Ủy ban nhân dân thành phố Đà Nẵng")],
    deadlines=[{"what": "Báo cáo kết quả thực hiện", "due": "2026-11-15", "recurrence": None, "text": "báo cáo kết quả thực hiện về Ủy ban nhân dân phường trước ngày 15/11/2026"}],
    signer=pcc("Lê Thị Thu Hằng", kt=False), dist=["UBND thành phố", "Lưu: VT"])

# 42 Plan whose subject runs straight into the opening paragraph, no blank line
doc(name="c42_kh_title_no_blank", layout="raw", kind="plan", reference="311/KH-UBND", number="311", symbol="KH-UBND",
    place="Tuyên Quang", date=(2, 12, 2025),
    raw_head=[UB, "TỈNH TUYÊN QUANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 311/KH-UBND",
              "Tuyên Quang, ngày 02 tháng 12 năm 2025", "KẾ HOẠCH", "Hợp tác với tỉnh Vân Nam (Trung Quốc) năm 2026",
              "Thực hiện Kế hoạch số 29-KH/TU ngày 10/11/2025 của Ban Thường vụ Tỉnh ủy Tuyên Quang, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", ""],
    title="Hợp tác với tỉnh Vân Nam (Trung Quốc) năm 2026", issuer="Ủy ban nhân dân tỉnh Tuyên Quang",
    body=["Các sở, ngành chủ động triển khai."],
    cites=[cite("plan", "29-KH/TU", "2025-11-10", "Ban Thường vụ Tỉnh ủy Tuyên Quang")],
    signer=pcc("Nguyễn Văn Sơn"), dist=["TT Tỉnh ủy", "Lưu: VT"])

# 43 PDF report of a commune: a word broken at a line end, stray spaces in a reference, a number glued
doc(name="c43_pdf_bc_xa_broken_words", layout="raw", kind="report", reference="38/BC-UBND", number="38", symbol="BC-UBND",
    place="Tân Thành", date=(15, 6, 2022),
    raw_head=[UB, "XÃ TÂN THÀNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 38/BC-UBND",
              "Tân Thành, ngày 15 tháng 6 năm 2022", "", "BÁO CÁO", "Kết quả thực hiện công tác đối ngoại nhân dân 6 tháng", "đầu năm 2022", ""],
    title="Kết quả thực hiện công tác đối ngoại nhân dân 6 tháng đầu năm 2022", issuer="Ủy ban nhân dân xã Tân Thành",
    body=["Thực hiện Quyế\nt định số 609- QĐ/TU ngày 04/4/2022 của Ban Thường vụ Huyện ủy Tân Hồng về đối ngoại nhân dân và Công văn số45/UBND-VX\nngày 10/5/2022 của Ủy ban nhân dân huyện, Ủy ban nhân dân xã Tân Thành báo cáo kết quả như sau:",
          "Xã đã tổ chức 02 buổi giao lưu với nhân dân xã giáp biên."],
    cites=[cite("decision", "609-QĐ/TU", "2022-04-04", "Ban Thường vụ Huyện ủy Tân Hồng"),
           cite("dispatch", "45/UBND-VX", "2022-05-10", "Ủy ban nhân dân huyện")],
    signer=pcc("Trần Văn Bé"), dist=["UBND huyện", "Lưu: VT"])

# 44 Council resolution with its term and session printed under its name, above the motto
doc(name="c44_nq_hdnd_session_in_header", layout="raw", kind="resolution", reference="15/NQ-HĐND", number="15", symbol="NQ-HĐND",
    place="Quảng Bình", date=(8, 7, 2023),
    raw_head=["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG BÌNH", "KHÓA XVIII, KỲ HỌP THỨ 12", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc", "", "Số: 15/NQ-HĐND", "Quảng Bình, ngày 8 tháng 7 năm 2023", ""],
    kind_word="NGHỊ QUYẾT", title_lines=["Về chương trình hoạt động đối ngoại của tỉnh năm 2024"],
    title="Về chương trình hoạt động đối ngoại của tỉnh năm 2024", issuer="Hội đồng nhân dân tỉnh Quảng Bình",
    body=["HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG BÌNH",
          "Căn cứ Nghị quyết số 22/NQ-CP ngày 15/3/2023 của Chính phủ về công tác đối ngoại địa phương;",
          "QUYẾT NGHỊ:", "Điều 1. Thông qua chương trình hoạt động đối ngoại của tỉnh năm 2024."],
    cites=[cite("resolution", "22/NQ-CP", "2023-03-15", "Chính phủ")],
    signer={"authority": [], "position": "CHỦ TỊCH", "name": "Trần Hải Châu"},
    dist=["Ủy ban Thường vụ Quốc hội", "Chính phủ", "Lưu: VT"])

# 45 Draft plan of a Party board: DỰ THẢO above the kind word, capitals subject over three lines, "I-" heading
doc(name="c45_du_thao_kh_ban_tuyen_giao", layout="party", kind="plan", head=["TỈNH ỦY CÀ MAU", "BAN TUYÊN GIÁO"], reference="34-KH/BTGTU",
    number="34", symbol="KH/BTGTU", place="Cà Mau", date=None, date_text="Cà Mau, ngày   tháng 3 năm 2026", issuedOn="2026-03",
    draft=True, kind_word="KẾ HOẠCH",
    title_lines=["TUYÊN TRUYỀN KỶ NIỆM 50 NĂM", "THIẾT LẬP QUAN HỆ NGOẠI GIAO", "VIỆT NAM - NHẬT BẢN"],
    title="TUYÊN TRUYỀN KỶ NIỆM 50 NĂM THIẾT LẬP QUAN HỆ NGOẠI GIAO VIỆT NAM - NHẬT BẢN", issuer="Ban Tuyên giáo Tỉnh ủy Cà Mau",
    body=["Thực hiện Hướng dẫn số 118-HD/BTGTW ngày 20/01/2026 của Ban Tuyên giáo Trung ương, Ban Tuyên giáo Tỉnh ủy xây dựng Kế hoạch như sau:",
          "I- MỤC ĐÍCH, YÊU CẦU", "Tuyên truyền sâu rộng trong cán bộ, đảng viên và nhân dân."],
    cites=[cite("guidance", "118-HD/BTGTW", "2026-01-20", "Ban Tuyên giáo Trung ương")],
    signer={"authority": ["K/T TRƯỞNG BAN"], "position": "PHÓ TRƯỞNG BAN", "name": "Lý Thị Hồng"},
    dist=["Thường trực Tỉnh ủy (b/c)", "Các huyện ủy, thành ủy", "Lưu Ban Tuyên giáo"])

# 46 Conclusion of the Politburo, signed on its behalf, capitals subject
doc(name="c46_kl_bo_chinh_tri", layout="party", kind="conclusion", head=["BAN CHẤP HÀNH TRUNG ƯƠNG"], reference="57-KL/TW", number="57",
    symbol="KL/TW", place="Hà Nội", date=(14, 4, 2026), kind_word="KẾT LUẬN",
    title_lines=["CỦA BỘ CHÍNH TRỊ VỀ TIẾP TỤC ĐỔI MỚI", "CÔNG TÁC ĐỐI NGOẠI NHÂN DÂN"],
    title="CỦA BỘ CHÍNH TRỊ VỀ TIẾP TỤC ĐỔI MỚI CÔNG TÁC ĐỐI NGOẠI NHÂN DÂN", issuer="Bộ Chính trị",
    body=["Tại phiên họp ngày 10/4/2026, sau khi nghe Ban Đối ngoại Trung ương báo cáo, Bộ Chính trị kết luận như sau:",
          "1. Tiếp tục quán triệt " + CT12 + "."],
    cites=[C12], signer={"authority": ["T/M BỘ CHÍNH TRỊ"], "position": None, "name": "Đặng Quốc Việt"},
    dist=["Các tỉnh ủy, thành ủy", "Các ban đảng Trung ương", "Lưu Văn phòng Trung ương Đảng"])

# 47 Action programme of a district committee signed for the whole committee, header flattened with pipes
doc(name="c47_ctr_huyen_uy_nga_son", layout="party-pipes", kind="action-program", head=["ĐẢNG BỘ TỈNH THANH HÓA", "HUYỆN ỦY NGA SƠN"],
    reference="09-CTr/HU", number="09", symbol="CTr/HU", place="Nga Sơn", date=(2, 10, 2025), kind_word="CHƯƠNG TRÌNH HÀNH ĐỘNG",
    title_lines=["thực hiện Nghị quyết số 59-NQ/TW, ngày 24/01/2025 của Bộ Chính trị", "về hội nhập quốc tế trong tình hình mới"],
    title="thực hiện Nghị quyết số 59-NQ/TW, ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế trong tình hình mới",
    issuer="Ban Chấp hành Đảng bộ huyện Nga Sơn",
    body=["Thực hiện Chương trình hành động số 05-CTr/TU, ngày 25/8/2025 của Ban Chấp hành Đảng bộ tỉnh, Ban Chấp hành Đảng bộ huyện ban hành Chương trình hành động như sau:",
          "I- MỤC TIÊU", "Chủ động hội nhập quốc tế."],
    cites=[cite("resolution", "59-NQ/TW", "2025-01-24", "Bộ Chính trị"), cite("action-program", "05-CTr/TU", "2025-08-25", "Ban Chấp hành Đảng bộ tỉnh")],
    signer={"authority": ["T/M HUYỆN ỦY"], "position": "BÍ THƯ", "name": "Mai Xuân Bình"},
    dist=["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi bộ, đảng bộ trực thuộc", "Lưu Văn phòng Huyện ủy"])

# 48 Notice of a department copied from a website: navigation lines, header cells joined with pipes
doc(name="c48_web_tb_so_ngoai_vu_khanh_hoa", layout="pipes", kind="notice", head=["UBND TỈNH KHÁNH HÒA", "SỞ NGOẠI VỤ"], reference="21/TB-SNgV",
    number="21", symbol="TB-SNgV", place="Khánh Hòa", date=(19, 1, 2026),
    nav=["Trang chủ | Giới thiệu | Tin tức | Văn bản", "Văn bản > Thông báo", ""],
    kind_word="THÔNG BÁO", title_lines=["Kết quả tuyển chọn cộng tác viên đối ngoại năm 2026"],
    title="Kết quả tuyển chọn cộng tác viên đối ngoại năm 2026", issuer="Sở Ngoại vụ tỉnh Khánh Hòa",
    body=["Căn cứ Kế hoạch số 12/KH-SNgV ngày 05/01/2026 của Sở Ngoại vụ về tuyển chọn cộng tác viên, Sở Ngoại vụ thông báo kết quả như sau:",
          "Có 12 cộng tác viên được chọn."],
    cites=[cite("plan", "12/KH-SNgV", "2026-01-05", "Sở Ngoại vụ")],
    signer={"authority": ["KT. GIÁM ĐỐC"], "position": "PHÓ GIÁM ĐỐC", "name": "Y Moan Niê"}, dist=["UBND tỉnh (b/c)", "Lưu: VT, NV"])

# 49 Decision issuing a plan printed after the signature and the distribution, with no letterhead of its own
PLAN49 = "Tổ chức Lễ hội giao lưu văn hóa Việt - Lào năm 2026"
doc(name="c49_qd_ke_hoach_kem_theo", kind="decision", head=[UB, "TỈNH NGHỆ AN"], reference="320/QĐ-UBND", number="320", symbol="QĐ-UBND",
    place="Nghệ An", date=(15, 3, 2026), kind_word="QUYẾT ĐỊNH",
    title_lines=["Ban hành Kế hoạch tổ chức Lễ hội giao lưu văn hóa", "Việt - Lào năm 2026"],
    title="Ban hành Kế hoạch tổ chức Lễ hội giao lưu văn hóa Việt - Lào năm 2026", issuer="Ủy ban nhân dân tỉnh Nghệ An",
    body=["ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
          "Căn cứ Thông tư số 02/2024/TTLT-BNG-BNV ngày 05/02/2024 của Bộ Ngoại giao và Bộ Nội vụ;",
          "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức lễ hội."],
    cites=[cite("circular", "02/2024/TTLT-BNG-BNV", "2024-02-05", "Bộ Ngoại giao và Bộ Nội vụ")],
    signer=pcc("Võ Trọng Hải"), dist=["Như Điều 3", "Bộ Ngoại giao", "Lưu: VT, NgV"],
    after=[["KẾ HOẠCH", PLAN49, "(Ban hành kèm theo Quyết định số 320/QĐ-UBND ngày 15/3/2026 của Ủy ban nhân dân tỉnh Nghệ An)", "",
            "I. MỤC ĐÍCH, YÊU CẦU", "", "Tăng cường tình hữu nghị đặc biệt Việt Nam - Lào."]],
    more=[attached("plan", "Ủy ban nhân dân tỉnh Nghệ An", PLAN49)])

# 50 Dispatch: the issuer named before a citation, two references joined by "và", eight addressees
doc(name="c50_cv_ubnd_quang_nam_citations", layout="state-v", kind="dispatch", head=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM"],
    reference="1520/UBND-NgV", number="1520", symbol="UBND-NgV", place="Quảng Nam", date=(9, 3, 2026),
    vv=["triển khai các Kết luận của Bộ Chính trị", "về công tác đối ngoại"],
    title="triển khai các Kết luận của Bộ Chính trị về công tác đối ngoại", issuer="Ủy ban nhân dân tỉnh Quảng Nam",
    addr=["Sở Ngoại vụ", "Sở Nội vụ", "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
          "Liên hiệp các tổ chức hữu nghị tỉnh", "Ủy ban nhân dân các xã, phường"],
    body=["Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 2210-CV/TU ngày 02/3/2026 về triển khai Kết luận số 57-KL/TW và 58-KL/TW ngày 14/4/2026 của Bộ Chính trị, Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện như sau:",
          "Sở Ngoại vụ chủ trì, tham mưu tổ chức quán triệt."],
    cites=[cite("dispatch", "2210-CV/TU", "2026-03-02", "Ban Thường vụ Tỉnh ủy"), cite("conclusion", "57-KL/TW", None, "Bộ Chính trị"),
           cite("conclusion", "58-KL/TW", "2026-04-14", "Bộ Chính trị")],
    signer={"authority": ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"], "position": "PHÓ CHÁNH VĂN PHÒNG", "name": "Phan Thị Lệ"},
    dist=["Như trên", "CT, các PCT UBND tỉnh", "Lưu: VT, NgV"])

# 51 PDF plan: signer authority and distribution items wrapped in a narrow column, a citation without its slash
doc(name="c51_kh_wrapped_signer_distribution", kind="plan", head=[UB, "TỈNH TÂY NINH"], reference="88/KH-UBND", number="88",
    symbol="KH-UBND", place="Tây Ninh", date=(3, 3, 2025), kind_word="KẾ HOẠCH",
    title_lines=["Tổ chức giao lưu hữu nghị nhân dân biên giới", "Việt Nam - Campuchia năm 2025"],
    title="Tổ chức giao lưu hữu nghị nhân dân biên giới Việt Nam - Campuchia năm 2025", issuer="Ủy ban nhân dân tỉnh Tây Ninh",
    body=["Căn cứ Công văn số 15486 BTC-QLN ngày 05/12/2024 của Bộ Tài chính về kinh phí đối ngoại;",
          "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "Các sở, ngành phối hợp thực hiện."],
    cites=[cite("dispatch", "15486 BTC-QLN", "2024-12-05", "Bộ Tài chính")],
    signer=pcc("Nguyễn Thanh Ngọc"),
    dist=["Bộ Ngoại giao", "Các sở, ban, ngành, đoàn thể tỉnh", "UBND các huyện, thị xã, thành phố", "Lưu: VT, NgV"],
    dist_lines=["Nơi nhận:", "- Bộ Ngoại giao;", "- Các sở, ban, ngành, đoàn thể", "tỉnh;", "- UBND các huyện, thị xã,", "thành phố;", "- Lưu: VT, NgV."],
    glue=[("TM. ỦY BAN NHÂN DÂN\n", "TM. ỦY BAN NHÂN\nDÂN\n")])
