"""Sample questions and answers for the demo portal: invented, marked “(mẫu)”, with no real
person's data (example.invalid addresses, no phone numbers)."""

PAGE_TITLE = "Hỏi đáp, phản ánh kiến nghị"
INTRO = (
    "<p>Người dân, doanh nghiệp gửi câu hỏi, phản ánh, kiến nghị và theo dõi kết quả trả lời của đơn vị.</p>"
)
ANSWERING_UNIT = "UBND xã Mẫu"
FIELDS = ["Tư pháp", "Địa chính", "Xây dựng"]

# kind, field, subject, question, answer
SAMPLES = [
    (
        "hoi-dap",
        "Tư pháp",
        "Chứng thực bản sao giấy khai sinh cần mang gì? (mẫu)",
        "Tôi muốn chứng thực bản sao giấy khai sinh cho con để nộp hồ sơ nhập học thì cần mang giấy tờ gì?",
        "Ông/bà mang bản chính giấy khai sinh và bản sao cần chứng thực đến Bộ phận một cửa của xã. "
        "Việc chứng thực được giải quyết trong ngày làm việc. (Câu trả lời mẫu.)",
    ),
    (
        "hoi-dap",
        "Địa chính",
        "Thủ tục đăng ký biến động khi tách thửa (mẫu)",
        "Gia đình tôi muốn tách thửa đất để tặng cho con thì nộp hồ sơ ở đâu và mất bao lâu?",
        "Hồ sơ nộp tại Bộ phận một cửa hoặc trên Cổng Dịch vụ công quốc gia. Thời hạn giải quyết theo "
        "thủ tục hành chính được công bố trên cổng này. (Câu trả lời mẫu.)",
    ),
    (
        "phan-anh",
        "Xây dựng",
        "Đèn đường thôn Đông bị hỏng (mẫu)",
        "Đèn chiếu sáng trên đường liên thôn đoạn qua thôn Đông bị hỏng hai tuần nay, đi lại buổi tối nguy hiểm.",
        "UBND xã đã giao bộ phận phụ trách kiểm tra và thay bóng đèn. Cảm ơn ông/bà đã phản ánh. (Câu trả lời mẫu.)",
    ),
]
