"""A sample week of the leaders' schedule. The people are invented and marked as sample."""

INTRO = (
    "<p>Lịch công tác tuần của lãnh đạo Ủy ban nhân dân. Lịch có thể thay đổi; "
    "dữ liệu trên cổng thử nghiệm là <b>lịch mẫu</b>.</p>"
)
SAMPLE_MARK = "(lịch mẫu)"

# Used only when the organisation demo has no leaders for the site.
SAMPLE_LEADERS = [
    ("Nguyễn Văn Mẫu", "Chủ tịch UBND (nhân vật mẫu)"),
    ("Trần Thị Thử", "Phó Chủ tịch UBND (nhân vật mẫu)"),
]

# (day of the week 0–6, start, end, content, leader numbers, place, participants, preparing unit)
SAMPLE_WEEK = [
    (
        0,
        "07:30",
        "09:00",
        "Giao ban lãnh đạo UBND đầu tuần",
        [0, 1],
        "Phòng họp số 1",
        "Lãnh đạo UBND; Chánh Văn phòng",
        "Văn phòng HĐND và UBND",
    ),
    (
        0,
        "14:00",
        "16:30",
        "Làm việc với Bộ phận một cửa về kết quả giải quyết hồ sơ tháng",
        [1],
        "Bộ phận tiếp nhận và trả kết quả",
        "Công chức Bộ phận một cửa",
        "Văn phòng HĐND và UBND",
    ),
    (
        1,
        "08:00",
        "11:00",
        "Tiếp công dân định kỳ",
        [0],
        "Phòng tiếp công dân",
        "Thanh tra; Công chức Tư pháp – Hộ tịch",
        "Ban Tiếp công dân",
    ),
    (
        2,
        "08:00",
        None,
        "Kiểm tra tiến độ công trình nhà văn hóa thôn Đông",
        [1],
        "Thôn Đông",
        "Công chức Địa chính – Xây dựng; Trưởng thôn",
        "Phòng Kinh tế",
    ),
    (
        3,
        "14:00",
        "17:00",
        "Họp Ban Chỉ đạo chuyển đổi số",
        [0, 1],
        "Hội trường UBND",
        "Thành viên Ban Chỉ đạo",
        "Văn phòng HĐND và UBND",
    ),
    (
        4,
        "08:00",
        "10:00",
        "Dự hội nghị trực tuyến của tỉnh về phòng, chống thiên tai",
        [0],
        "Điểm cầu trực tuyến UBND",
        "Ban Chỉ huy phòng, chống thiên tai",
        "Văn phòng HĐND và UBND",
    ),
    (
        5,
        "07:30",
        "10:30",
        "Ra quân tổng vệ sinh môi trường",
        [1],
        "Các thôn, tổ dân phố",
        "Đoàn thể; nhân dân",
        "Mặt trận Tổ quốc",
    ),
]
