"""The demo unit and its sample articles. Every name here is a sample, marked as such;
only the seed article (seed_article.txt) is a real published text."""

import datetime

UNIT = {
    "name": "Huyện Mẫu (đơn vị minh họa)",
    "name_en": "Mau District (sample unit)",
    "level": "huyen",
    "governing_body": "Ủy ban nhân dân huyện Mẫu",
    "governing_body_en": "People's Committee of Mau District",
    "editor_in_chief": "Trưởng Ban Biên tập (tên mẫu)",
    "address": "Số 1 đường Trung tâm, thị trấn Mẫu, huyện Mẫu (địa chỉ mẫu)",
    "address_en": "1 Trung Tam Street, Mau Town, Mau District (sample address)",
    "phone": "0211 3 000 000",
    "email": "bientap@huyen-mau.example",
    "licence": "Giấy phép số 00/GP-TTĐT (mẫu)",
}

CATEGORIES = [
    "Thời sự tổng hợp",
    "Hoạt động lãnh đạo",
    "Kinh tế",
    "Văn hóa – Xã hội",
    "Quốc phòng – An ninh",
    "Cải cách hành chính",
]

SAMPLE_NOTE = "Đây là bài viết mẫu để minh họa cổng thông tin; nội dung không phải tin thật."

SAMPLE_ARTICLES = [
    {
        "category": "Hoạt động lãnh đạo",
        "title": "Lãnh đạo huyện tiếp công dân định kỳ tháng 10",
        "summary": "Chủ tịch UBND huyện chủ trì buổi tiếp công dân định kỳ, lắng nghe 12 ý kiến về đất đai và xây dựng.",
        "paragraphs": [
            "Sáng nay, tại Trụ sở tiếp công dân huyện, lãnh đạo UBND huyện đã chủ trì buổi tiếp công dân định kỳ tháng 10.",
            "Các ý kiến tập trung vào lĩnh vực đất đai, xây dựng và chính sách an sinh xã hội; lãnh đạo huyện giao các phòng chuyên môn trả lời bằng văn bản trong thời hạn quy định.",
        ],
        "date": datetime.date(2020, 9, 25),
        "tags": ["tiếp công dân"],
        "featured": True,
    },
    {
        "category": "Hoạt động lãnh đạo",
        "title": "Thường trực HĐND huyện làm việc với các xã về kỳ họp cuối năm",
        "summary": "Chuẩn bị nội dung kỳ họp thường lệ cuối năm của HĐND huyện.",
        "paragraphs": [
            "Thường trực HĐND huyện đã làm việc với Thường trực HĐND các xã để thống nhất nội dung, chương trình kỳ họp thường lệ cuối năm.",
            "Các xã được đề nghị tổng hợp đầy đủ ý kiến, kiến nghị của cử tri gửi về trước ngày 30/11.",
        ],
        "date": datetime.date(2020, 9, 22),
        "tags": ["HĐND huyện"],
    },
    {
        "category": "Kinh tế",
        "title": "Sản xuất vụ đông: chuyển đổi 120 ha sang cây rau màu giá trị cao",
        "summary": "Nông dân trong huyện mở rộng diện tích rau màu vụ đông, gắn với liên kết tiêu thụ.",
        "paragraphs": [
            "Vụ đông năm nay, toàn huyện chuyển đổi khoảng 120 ha đất lúa kém hiệu quả sang trồng rau màu có giá trị kinh tế cao.",
            "Huyện hỗ trợ giống, kỹ thuật và kết nối doanh nghiệp bao tiêu sản phẩm cho các hợp tác xã.",
        ],
        "date": datetime.date(2020, 9, 18),
        "tags": ["nông nghiệp"],
        "featured": True,
    },
    {
        "category": "Văn hóa – Xã hội",
        "title": "Khai mạc Ngày hội Đại đoàn kết toàn dân tộc tại các khu dân cư",
        "summary": "Ngày hội được tổ chức đồng loạt tại các khu dân cư trên địa bàn huyện.",
        "paragraphs": [
            "Hưởng ứng Ngày truyền thống Mặt trận Tổ quốc Việt Nam, các khu dân cư trên địa bàn huyện đồng loạt tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
            "Nhiều hộ gia đình tiêu biểu được biểu dương; các hoạt động văn hóa, thể thao thu hút đông đảo nhân dân tham gia.",
        ],
        "date": datetime.date(2020, 9, 15),
        "tags": ["đại đoàn kết"],
    },
    {
        "category": "Văn hóa – Xã hội",
        "title": "Tuyên truyền đăng ký khai sinh, khai tử đúng hạn",
        "summary": "Cán bộ tư pháp – hộ tịch các xã hướng dẫn người dân đăng ký hộ tịch trực tuyến.",
        "paragraphs": [
            "Phòng Tư pháp huyện phối hợp với UBND các xã tuyên truyền về việc đăng ký khai sinh, khai tử đúng thời hạn.",
            "Người dân có thể nộp hồ sơ đăng ký khai sinh trực tuyến qua Cổng dịch vụ công và nhận kết quả tại bộ phận một cửa.",
        ],
        "date": datetime.date(2020, 9, 10),
        "tags": ["hộ tịch", "cải cách hành chính"],
    },
    {
        "category": "Quốc phòng – An ninh",
        "title": "Ra quân huấn luyện dân quân tự vệ năm 2020",
        "summary": "Lực lượng dân quân tự vệ các xã ra quân huấn luyện theo kế hoạch.",
        "paragraphs": [
            "Ban Chỉ huy Quân sự huyện tổ chức lễ ra quân huấn luyện dân quân tự vệ năm 2020.",
            "Nội dung huấn luyện bám sát nhiệm vụ, bảo đảm an toàn tuyệt đối về người và vũ khí, trang bị.",
        ],
        "date": datetime.date(2020, 9, 21),
        "tags": ["quốc phòng"],
    },
    {
        "category": "Cải cách hành chính",
        "title": "Công bố danh mục thủ tục hành chính thực hiện tiếp nhận trực tuyến toàn trình",
        "summary": "Người dân có thể nộp hồ sơ trực tuyến và nhận kết quả mà không phải đến bộ phận một cửa.",
        "paragraphs": [
            "UBND huyện công bố danh mục thủ tục hành chính được tiếp nhận trực tuyến toàn trình thuộc các lĩnh vực Hộ tịch, Đất đai, Xây dựng.",
            "Bộ phận một cửa các xã có trách nhiệm hướng dẫn người dân tạo tài khoản và nộp hồ sơ trực tuyến.",
        ],
        "date": datetime.date(2020, 9, 28),
        "tags": ["cải cách hành chính", "một cửa"],
        "featured": True,
    },
    {
        "category": "Thời sự tổng hợp",
        "title": "Thông báo lịch tiếp nhận hồ sơ dịp nghỉ lễ",
        "summary": "Bộ phận một cửa huyện và các xã bố trí cán bộ trực tiếp nhận hồ sơ trong dịp nghỉ lễ.",
        "paragraphs": [
            "Để phục vụ người dân, bộ phận một cửa huyện và các xã bố trí cán bộ trực tiếp nhận hồ sơ vào sáng thứ Bảy trong dịp nghỉ lễ.",
            "Hồ sơ trực tuyến vẫn được tiếp nhận bình thường qua Cổng dịch vụ công.",
        ],
        "date": datetime.date(2020, 9, 8),
        "tags": ["một cửa", "thông báo"],
    },
]

SEED_TAGS = ["cải cách hành chính", "một cửa", "HĐND huyện"]

SEED_RECOMMENDATIONS = [
    "Các cấp ủy Đảng quan tâm hơn đến công tác lãnh chỉ đạo đối với công tác cải cách hành chính.",
    "Đẩy mạnh công tác tuyên truyền tới cán bộ công chức và người dân trong cải cách hành chính và thực hiện cơ chế một cửa, một cửa liên thông.",
    "Phát huy vai trò của người đứng đầu cơ quan, đơn vị trong thực hiện nhiệm vụ.",
    "Tăng cường cơ sở vật chất cho bộ phận một cửa.",
    "Báo cáo phân tích rõ từng lĩnh vực về những tồn tại, hạn chế và giải pháp thực hiện nhiệm vụ cải cách hành chính.",
]

ABOUT_PAGE = {
    "title": "Giới thiệu",
    "summary": "Thông tin chung về đơn vị minh họa của cổng thông tin (dữ liệu mẫu).",
    "paragraphs": [
        "Trang này giới thiệu khái quát về vị trí địa lý, chức năng, nhiệm vụ và cơ cấu tổ chức của đơn vị. Biên tập viên thay nội dung mẫu này bằng thông tin thật của đơn vị trong trang quản trị.",
    ],
}
