"""Sample forms for the demo, as small Word files made here: the official forms are
annexed to the Ministry of Justice's and Ministry of Public Security's circulars; these
copy their headings and fields and say plainly that they are samples."""

import io
import zipfile
from xml.sax.saxutils import escape

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
NATIONAL_HEADING = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"]
SAMPLE_NOTE = (
    "(Mẫu minh họa của cổng thông tin – khi nộp hồ sơ, dùng mẫu chính thức theo văn bản nêu dưới đây)"
)
SIGNATURE = ["Làm tại: ……………, ngày …… tháng …… năm ……", "NGƯỜI YÊU CẦU", "(Ký, ghi rõ họ, chữ đệm, tên)"]

SAMPLE_FORMS = {
    "Tờ khai đăng ký khai sinh": (
        "Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP của Bộ Tư pháp",
        [
            "Kính gửi: Ủy ban nhân dân ……………………………",
            "Họ, chữ đệm, tên người yêu cầu: ……………………………",
            "Nơi cư trú: ……………………………",
            "Giấy tờ tùy thân: ……………………………",
            "Quan hệ với người được khai sinh: ……………………………",
            "Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:",
            "Họ, chữ đệm, tên: ……………………… Ngày, tháng, năm sinh: ………………… Giới tính: ………",
            "Dân tộc: ……………… Quốc tịch: ……………… Nơi sinh: ……………………… Quê quán: ………………",
            "Họ, chữ đệm, tên người mẹ: ……………… Năm sinh: ……… Dân tộc: ……… Quốc tịch: ……… Nơi cư trú: ………",
            "Họ, chữ đệm, tên người cha: ……………… Năm sinh: ……… Dân tộc: ……… Quốc tịch: ……… Nơi cư trú: ………",
            "Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật, được sự thỏa thuận nhất trí "
            "của các bên liên quan theo quy định pháp luật và chịu trách nhiệm trước pháp luật về cam đoan của mình.",
        ],
    ),
    "Tờ khai đăng ký khai tử": (
        "Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP của Bộ Tư pháp",
        [
            "Kính gửi: Ủy ban nhân dân ……………………………",
            "Họ, chữ đệm, tên người yêu cầu: ……………………………",
            "Nơi cư trú: ……………………… Giấy tờ tùy thân: ………………………",
            "Quan hệ với người đã chết: ……………………………",
            "Đề nghị cơ quan đăng ký khai tử cho người có tên dưới đây:",
            "Họ, chữ đệm, tên: ……………………… Ngày, tháng, năm sinh: ……………… Giới tính: ………",
            "Dân tộc: ……………… Quốc tịch: ……………… Nơi cư trú cuối cùng: ………………………",
            "Đã chết vào lúc: …… giờ …… phút, ngày …… tháng …… năm …… Nơi chết: ………………………",
            "Nguyên nhân chết: ……………………… Số Giấy báo tử/giấy tờ thay thế: ………………………",
            "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.",
        ],
    ),
    "Tờ khai đăng ký kết hôn": (
        "Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP của Bộ Tư pháp",
        [
            "Kính gửi: Ủy ban nhân dân ……………………………",
            "Thông tin của bên nữ và bên nam: họ, chữ đệm, tên; ngày, tháng, năm sinh; dân tộc; quốc tịch; "
            "nơi cư trú; giấy tờ tùy thân; kết hôn lần thứ mấy.",
            "Bên nữ: ……………………………………………………………",
            "Bên nam: ……………………………………………………………",
            "Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn của chúng tôi là tự nguyện, "
            "không vi phạm quy định của Luật Hôn nhân và gia đình Việt Nam.",
            "Chúng tôi chịu trách nhiệm trước pháp luật về cam đoan của mình. Đề nghị Quý cơ quan đăng ký.",
        ],
    ),
    "Tờ khai thay đổi thông tin cư trú": (
        "Mẫu CT01 ban hành kèm theo Thông tư của Bộ Công an quy định về biểu mẫu trong đăng ký, quản lý cư trú",
        [
            "Kính gửi: ……………………………",
            "1. Họ, chữ đệm và tên: ……………………… 2. Ngày, tháng, năm sinh: ……………… 3. Giới tính: ………",
            "4. Số định danh cá nhân: ……………………… 5. Số điện thoại liên hệ: ……………… 6. Email: ………………",
            "7. Họ, chữ đệm và tên chủ hộ: ……………………… 8. Mối quan hệ với chủ hộ: ………………",
            "9. Số định danh cá nhân của chủ hộ: ………………………",
            "10. Nội dung đề nghị: ……………………………………………………………",
            "11. Những thành viên trong hộ gia đình cùng thay đổi: họ, chữ đệm và tên; ngày, tháng, năm sinh; "
            "giới tính; số định danh cá nhân; mối quan hệ với chủ hộ.",
        ],
    ),
}


def _paragraph(text, *, bold=False, centred=False):
    properties = '<w:pPr><w:jc w:val="center"/></w:pPr>' if centred else ""
    run_properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{properties}<w:r>{run_properties}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def form_document(title):
    """The sample form of this title as the bytes of a .docx file."""
    basis, lines = SAMPLE_FORMS[title]
    body = [_paragraph(line, bold=True, centred=True) for line in NATIONAL_HEADING]
    body += [_paragraph(title.upper(), bold=True, centred=True), _paragraph(SAMPLE_NOTE, centred=True)]
    body += [_paragraph(basis, centred=True), *(_paragraph(line) for line in lines)]
    body += [_paragraph(line, centred=True, bold=index == 1) for index, line in enumerate(SIGNATURE)]
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{''.join(body)}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELATIONSHIPS)
        package.writestr("word/document.xml", document)
    return buffer.getvalue()
