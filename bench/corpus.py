"""Synthetic Vietnamese local-government news for the search benchmark.

Words that every article shares (xã, huyện, người dân), procedure and programme names
that one article in ten mentions, and place names that few mention: the mix a real
archive has, so that common and rare queries are both measured."""

import random

SYLLABLES = [
    *("An", "Bình", "Cát", "Đông", "Đại", "Đồng", "Hà", "Hải", "Hòa", "Hồng", "Hưng", "Khánh"),
    *("Lạc", "Lâm", "Long", "Minh", "Nam", "Ninh", "Phú", "Phúc", "Quang", "Sơn", "Tam", "Tân"),
    *("Thạch", "Thanh", "Thịnh", "Thuận", "Tiến", "Trung", "Vân", "Việt", "Vĩnh", "Xuân", "Yên"),
]

SUBJECTS = [
    "UBND xã {place}",
    "HĐND huyện",
    "Phòng Tư pháp huyện",
    "Bộ phận một cửa xã {place}",
    "Ban Chỉ huy Quân sự huyện",
    "Hội Nông dân xã {place}",
    "Trung tâm Y tế huyện",
    "Đoàn Thanh niên xã {place}",
    "Công an xã {place}",
    "Hội Liên hiệp Phụ nữ huyện",
    "Phòng Tài nguyên và Môi trường",
    "Mặt trận Tổ quốc xã {place}",
]

ACTIONS = [
    "tổ chức hội nghị về {topic}",
    "triển khai kế hoạch {topic} năm {year}",
    "kiểm tra công tác {topic}",
    "tuyên truyền về {topic}",
    "tổng kết công tác {topic} năm {year}",
    "giám sát việc thực hiện {topic}",
    "hướng dẫn người dân {procedure}",
    "đẩy mạnh {topic} trên địa bàn",
]

TOPICS = [
    "cải cách hành chính",
    "phòng chống dịch bệnh",
    "xây dựng nông thôn mới",
    "an toàn giao thông",
    "bảo vệ môi trường",
    "chuyển đổi số",
    "quản lý đất đai",
    "phòng cháy chữa cháy",
    "bảo hiểm y tế",
    "giảm nghèo bền vững",
    "an ninh trật tự",
    "giáo dục đào tạo",
    "thu ngân sách",
    "tiêm chủng mở rộng",
    "địa chính",
    "cơ chế một cửa, một cửa liên thông",
]

PROCEDURES = [
    "đăng ký khai sinh",
    "đăng ký kết hôn",
    "cấp giấy chứng nhận quyền sử dụng đất",
    "chứng thực bản sao từ bản chính",
    "đăng ký thường trú",
    "cấp giấy phép xây dựng",
    "đăng ký khai tử",
    "xác nhận tình trạng hôn nhân",
]

SENTENCES = [
    "{subject} đã {action}.",
    "Tham dự có đại diện lãnh đạo {subject} và đông đảo người dân trên địa bàn.",
    "Theo báo cáo, trong năm {year} toàn xã đã tiếp nhận và giải quyết {number} hồ sơ, đạt 100%.",
    "Người dân có thể nộp hồ sơ {procedure} trực tuyến qua Cổng dịch vụ công và nhận kết quả tại bộ phận một cửa.",
    "Đồng chí chủ trì đề nghị các đơn vị tiếp tục {action} trong thời gian tới.",
    "Hội nghị đã thảo luận, đánh giá kết quả {topic} và đề ra giải pháp khắc phục hạn chế.",
    "Các xã được đề nghị tổng hợp đầy đủ ý kiến, kiến nghị của cử tri gửi về trước ngày {day}/{month}.",
    "Công tác {topic} được quan tâm chỉ đạo, góp phần phát triển kinh tế – xã hội của địa phương.",
    "Dịp này, nhiều tập thể và cá nhân có thành tích xuất sắc trong {topic} được biểu dương, khen thưởng.",
    "Cán bộ xã {place} hướng dẫn người dân chuẩn bị hồ sơ {procedure} theo đúng quy định.",
]


def place(rng):
    return f"{rng.choice(SYLLABLES)} {rng.choice(SYLLABLES)}"


def fill(template, rng):
    return template.format(
        subject=rng.choice(SUBJECTS).format(place=place(rng)),
        action=rng.choice(ACTIONS).format(
            topic=rng.choice(TOPICS), year=rng.randint(2015, 2025), procedure=rng.choice(PROCEDURES)
        ),
        topic=rng.choice(TOPICS),
        procedure=rng.choice(PROCEDURES),
        place=place(rng),
        year=rng.randint(2015, 2025),
        number=f"{rng.randint(1, 20)}.{rng.randint(0, 999):03d}",
        day=rng.randint(1, 28),
        month=rng.randint(1, 12),
    )


def article(rng):
    """(title, summary, paragraphs) of one synthetic article, about 400 to 800 words."""
    title = fill("{subject} {action}", rng).rstrip(".")
    title = title[0].upper() + title[1:]
    summary = fill(rng.choice(SENTENCES), rng)
    paragraphs = [
        " ".join(fill(rng.choice(SENTENCES), rng) for _ in range(rng.randint(3, 6)))
        for _ in range(rng.randint(4, 7))
    ]
    return title, summary, paragraphs


def articles(count, seed=5):
    rng = random.Random(seed)
    for _ in range(count):
        yield article(rng)
