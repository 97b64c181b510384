"""A sample organisation: invented names marked (mẫu), numbers and addresses that reach nobody."""

PAGE_TITLE = "Tổ chức bộ máy"
PAGE_TITLE_EN = "Organisation and contacts"
FUNCTIONS = (
    "<p><em>Nội dung mẫu.</em> Ủy ban nhân dân là cơ quan hành chính nhà nước ở địa phương, "
    "chịu trách nhiệm trước Hội đồng nhân dân cùng cấp và cơ quan hành chính nhà nước cấp trên.</p>"
    "<ul><li>Tổ chức thi hành Hiến pháp, pháp luật và nghị quyết của Hội đồng nhân dân;</li>"
    "<li>Quản lý nhà nước về kinh tế – xã hội, quốc phòng, an ninh trên địa bàn;</li>"
    "<li>Giải quyết thủ tục hành chính cho người dân và doanh nghiệp tại Bộ phận Một cửa.</li></ul>"
)
FUNCTIONS_EN = (
    "<p><em>Sample content.</em> The People's Committee is the local state administrative body, "
    "accountable to the People's Council of the same level and to the higher state administration.</p>"
    "<ul><li>Enforcing the Constitution, the law and the resolutions of the People's Council;</li>"
    "<li>Managing the economy, society, defence and security of the area;</li>"
    "<li>Handling administrative procedures for residents and businesses at the one-stop desk.</li></ul>"
)

# (key, name, name in English, parent key, functions)
DEPARTMENTS = [
    ("lanh-dao", "Lãnh đạo Ủy ban nhân dân (mẫu)", "Leadership of the People's Committee (sample)", None, ""),
    (
        "van-phong",
        "Văn phòng HĐND và UBND (mẫu)",
        "Office of the People's Council and Committee (sample)",
        "lanh-dao",
        "Tham mưu, tổng hợp; tiếp nhận và trả kết quả thủ tục hành chính.",
    ),
    (
        "mot-cua",
        "Bộ phận Một cửa (mẫu)",
        "One-stop desk (sample)",
        "van-phong",
        "Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính.",
    ),
    (
        "kinh-te",
        "Phòng Kinh tế (mẫu)",
        "Economic Division (sample)",
        "lanh-dao",
        "Nông nghiệp, công thương, tài chính, xây dựng, tài nguyên và môi trường.",
    ),
    (
        "van-hoa",
        "Phòng Văn hóa – Xã hội (mẫu)",
        "Culture and Society Division (sample)",
        "lanh-dao",
        "Giáo dục, y tế, văn hóa, thông tin, lao động và chính sách xã hội.",
    ),
]

# Invented people: no real person's name, phone or address.
PEOPLE = [
    {
        "full_name": "Nguyễn Văn Mẫu (mẫu)",
        "title": "Chủ tịch UBND",
        "title_en": "Chairman of the People's Committee",
        "department": "lanh-dao",
        "role": "leader",
        "responsibilities": "Lãnh đạo, điều hành chung; phụ trách nội chính, quốc phòng – an ninh.",
        "responsibilities_en": "General leadership; internal affairs, defence and security.",
        "phone": "0200 000 0001",
        "email": "chutich@huyen-mau.example",
        "office_hours": "Tiếp công dân sáng thứ Năm hằng tuần, 7:30–11:00",
        "office_hours_en": "Meets residents every Thursday, 7:30–11:00",
    },
    {
        "full_name": "Trần Thị Thử (mẫu)",
        "title": "Phó Chủ tịch UBND",
        "title_en": "Vice-Chairwoman of the People's Committee",
        "department": "lanh-dao",
        "role": "leader",
        "is_spokesperson": True,
        "responsibilities": "Phụ trách văn hóa – xã hội, giáo dục, y tế; người phát ngôn của UBND.",
        "responsibilities_en": "Culture, society, education and health; spokesperson of the Committee.",
        "phone": "0200 000 0002",
        "email": "phatngon@huyen-mau.example",
        "office_hours": "Thứ Ba, 14:00–16:30",
        "office_hours_en": "Tuesdays, 14:00–16:30",
    },
    {
        "full_name": "Lê Văn Ví Dụ (mẫu)",
        "title": "Phó Chủ tịch UBND",
        "title_en": "Vice-Chairman of the People's Committee",
        "department": "lanh-dao",
        "role": "leader",
        "responsibilities": "Phụ trách kinh tế, tài chính, xây dựng, đất đai.",
        "responsibilities_en": "Economy, finance, construction and land.",
        "phone": "0200 000 0003",
        "email": "phochutich@huyen-mau.example",
    },
    {
        "full_name": "Phạm Thị Minh Họa (mẫu)",
        "title": "Chánh Văn phòng",
        "title_en": "Head of the Office",
        "department": "van-phong",
        "role": "official",
        "phone": "0200 000 0010",
        "email": "vanphong@huyen-mau.example",
        "office_hours": "Giờ hành chính các ngày làm việc",
        "office_hours_en": "Office hours on working days",
    },
    {
        "full_name": "Hoàng Văn Giả Định (mẫu)",
        "title": "Trưởng phòng Kinh tế",
        "title_en": "Head of the Economic Division",
        "department": "kinh-te",
        "role": "official",
        "phone": "0200 000 0020",
        "email": "kinhte@huyen-mau.example",
    },
    {
        "full_name": "Đỗ Thị Tham Khảo (mẫu)",
        "title": "Trưởng phòng Văn hóa – Xã hội",
        "title_en": "Head of the Culture and Society Division",
        "department": "van-hoa",
        "role": "official",
        "phone": "0200 000 0030",
        "email": "vanhoa@huyen-mau.example",
    },
]

HOTLINES = [
    ("Đường dây nóng của Chủ tịch UBND (mẫu)", "Chairman's hotline (sample)", "0200 000 0099", ""),
    (
        "Phản ánh thủ tục hành chính (mẫu)",
        "Complaints about procedures (sample)",
        "0200 000 0098",
        "Giờ hành chính",
    ),
]
