"""The demo register: real national documents with their true numbers, dates, issuers
and summaries (the Decree behind the portal and the one it replaced, the laws on
grassroots democracy and access to information, the legal basis of the demo
procedures), and the unit's own documents, which are samples and say so.

Effective dates are given only where they are certain; the files are generated
locally and say that they are not the official text."""

SAMPLE_NOTE = "(văn bản mẫu)"

# number, type, summary, issuer, field, issue date, effective date (or ""), status
NATIONAL = [
    (
        "42/2022/NĐ-CP",
        "Nghị định",
        "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
        "Chính phủ",
        "Công nghệ thông tin",
        "24/06/2022",
        "",
        "con-hieu-luc",
    ),
    (
        "43/2011/NĐ-CP",
        "Nghị định",
        "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc "
        "cổng thông tin điện tử của cơ quan nhà nước",
        "Chính phủ",
        "Công nghệ thông tin",
        "13/06/2011",
        "",
        "bi-thay-the",
    ),
    (
        "10/2022/QH15",
        "Luật",
        "Luật Thực hiện dân chủ ở cơ sở",
        "Quốc hội",
        "Dân chủ cơ sở",
        "10/11/2022",
        "01/07/2023",
        "con-hieu-luc",
    ),
    (
        "104/2016/QH13",
        "Luật",
        "Luật Tiếp cận thông tin",
        "Quốc hội",
        "Tiếp cận thông tin",
        "06/04/2016",
        "01/07/2018",
        "con-hieu-luc",
    ),
    (
        "60/2014/QH13",
        "Luật",
        "Luật Hộ tịch",
        "Quốc hội",
        "Hộ tịch",
        "20/11/2014",
        "01/01/2016",
        "con-hieu-luc",
    ),
    (
        "123/2015/NĐ-CP",
        "Nghị định",
        "Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "Chính phủ",
        "Hộ tịch",
        "15/11/2015",
        "01/01/2016",
        "con-hieu-luc",
    ),
    (
        "04/2020/TT-BTP",
        "Thông tư",
        "Quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP",
        "Bộ Tư pháp",
        "Hộ tịch",
        "28/05/2020",
        "",
        "con-hieu-luc",
    ),
    (
        "31/2024/QH15",
        "Luật",
        "Luật Đất đai",
        "Quốc hội",
        "Đất đai",
        "18/01/2024",
        "01/08/2024",
        "con-hieu-luc",
    ),
    (
        "102/2024/NĐ-CP",
        "Nghị định",
        "Quy định chi tiết thi hành một số điều của Luật Đất đai",
        "Chính phủ",
        "Đất đai",
        "30/07/2024",
        "",
        "con-hieu-luc",
    ),
    (
        "60/2024/QH15",
        "Luật",
        "Luật Dữ liệu",
        "Quốc hội",
        "Công nghệ thông tin",
        "30/11/2024",
        "01/07/2025",
        "con-hieu-luc",
    ),
]

UNIT_ISSUER = "UBND huyện Mẫu"
SIGNER = "Chủ tịch UBND huyện (tên mẫu)"
SAMPLES = [
    (
        "15/2025/QĐ-UBND",
        "Quyết định",
        f"Ban hành Quy chế hoạt động của Cổng thông tin điện tử huyện Mẫu {SAMPLE_NOTE}",
        UNIT_ISSUER,
        "Công nghệ thông tin",
        "10/03/2025",
        "10/03/2025",
        "con-hieu-luc",
    ),
    (
        "45/KH-UBND",
        "Kế hoạch",
        f"Kế hoạch cải cách hành chính năm 2025 {SAMPLE_NOTE}",
        UNIT_ISSUER,
        "Cải cách hành chính",
        "15/01/2025",
        "",
        "con-hieu-luc",
    ),
    (
        "123/UBND-VP",
        "Công văn",
        f"Về việc niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa {SAMPLE_NOTE}",
        UNIT_ISSUER,
        "Cải cách hành chính",
        "20/05/2025",
        "",
        "con-hieu-luc",
    ),
    (
        "210/BC-UBND",
        "Báo cáo",
        f"Báo cáo công tác cải cách hành chính quý I năm 2025 {SAMPLE_NOTE}",
        UNIT_ISSUER,
        "Cải cách hành chính",
        "10/04/2025",
        "",
        "con-hieu-luc",
    ),
]

# (from, relation, to): shown on both documents.
RELATIONS = [
    ("42/2022/NĐ-CP", "thay-the", "43/2011/NĐ-CP"),
    ("123/2015/NĐ-CP", "huong-dan", "60/2014/QH13"),
    ("04/2020/TT-BTP", "huong-dan", "123/2015/NĐ-CP"),
    ("102/2024/NĐ-CP", "huong-dan", "31/2024/QH15"),
]

INTRO = (
    "<p>Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành liên quan đến hoạt động của đơn vị: tra cứu theo "
    "số, ký hiệu, trích yếu, loại văn bản, cơ quan ban hành, lĩnh vực, năm ban hành và tình trạng hiệu lực.</p>"
)
