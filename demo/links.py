"""The demo's related portals, procedure link pattern and legal pages (accessibility
statement, privacy notice), called by load_demo_content. Safe to run again: links and
pages that exist are kept."""

from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.demo import child
from core.models import UnitSettings
from home.models import PortalLinksSettings, RelatedPortal, StandardPage

RELATED_PORTALS = [
    ("Cổng thông tin điện tử tỉnh (mẫu)", "https://tinh-mau.example/"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn/"),
]

SAMPLE_NOTE = "Trang mẫu của cổng thông tin: đơn vị cần rà soát, sửa cho đúng thực tế trước khi dùng."


def accessibility_sections(unit):
    return [
        (
            "Cam kết",
            [
                f"{unit.name or 'Đơn vị'} cam kết để mọi người dân, kể cả người khuyết tật và người "
                "dùng điện thoại, công cụ đọc màn hình, đều đọc được và dùng được cổng thông tin này.",
                SAMPLE_NOTE,
            ],
        ),
        (
            "Mức độ tuân thủ",
            [
                "Cổng thông tin được xây dựng theo Hướng dẫn về khả năng tiếp cận nội dung web "
                "(WCAG) 2.2, mức AA: có thể dùng bằng bàn phím, không cần JavaScript, ảnh có mô tả, "
                "màu chữ đủ tương phản, trang hiển thị tốt trên điện thoại. Cổng tuân thủ một phần "
                "mức AA vì còn các hạn chế nêu dưới đây.",
            ],
        ),
        (
            "Hạn chế đã biết",
            [
                "Một số văn bản PDF cũ là bản quét, công cụ đọc màn hình không đọc được nội dung; "
                "người dân cần bản đọc được xin liên hệ theo địa chỉ dưới đây.",
                "Video cũ có thể chưa có phụ đề; video mới đăng đều kèm phụ đề.",
                "Nội dung nhúng từ cổng thông tin khác không do đơn vị quản lý.",
            ],
        ),
        (
            "Báo lỗi về khả năng tiếp cận",
            [
                "Nếu gặp trang nào khó đọc hoặc không dùng được, xin cho chúng tôi biết địa chỉ "
                "trang, việc bạn muốn làm và thiết bị, công cụ bạn dùng. Chúng tôi trả lời trong "
                "vòng 5 ngày làm việc.",
                contact_line(unit),
            ],
        ),
        ("Ngày lập", ["Tuyên bố này được lập và rà soát lần gần nhất khi nạp dữ liệu mẫu."]),
    ]


def privacy_sections(unit):
    return [
        (
            "Căn cứ",
            [
                "Luật Bảo vệ dữ liệu cá nhân năm 2025 và Nghị định số 356/2025/NĐ-CP của Chính phủ "
                "quy định chi tiết Luật.",
                SAMPLE_NOTE,
            ],
        ),
        (
            "Dữ liệu được thu thập",
            [
                "Đọc tin, tra cứu văn bản, thủ tục: cổng không yêu cầu đăng nhập, không dùng cookie "
                "theo dõi và không tải nội dung từ máy chủ khác.",
                "Góp ý dưới bài viết: họ tên, địa chỉ thư điện tử, nội dung góp ý, thời điểm gửi "
                "và địa chỉ IP của máy gửi.",
            ],
        ),
        (
            "Mục đích",
            [
                "Họ tên và nội dung góp ý được đăng kèm bài viết sau khi được duyệt; địa chỉ thư "
                "điện tử chỉ dùng để xác nhận và trả lời góp ý, không công khai; địa chỉ IP chỉ "
                "dùng để chống thư rác và gửi lặp.",
            ],
        ),
        (
            "Thời gian lưu",
            [
                "Địa chỉ IP được xóa sau 30 ngày. Góp ý và thông tin người gửi được lưu cùng bài viết "
                "và xóa khi người gửi yêu cầu hoặc khi bài viết bị gỡ.",
            ],
        ),
        (
            "Ai được xem",
            [
                "Chỉ cán bộ biên tập, kiểm duyệt của đơn vị được xem thư điện tử và địa chỉ IP. "
                "Đơn vị không bán, không chuyển dữ liệu cá nhân cho bên thứ ba, trừ khi cơ quan có "
                "thẩm quyền yêu cầu theo quy định của pháp luật.",
            ],
        ),
        (
            "Quyền của bạn",
            [
                "Bạn có quyền được biết, xem, chỉnh sửa, yêu cầu xóa dữ liệu của mình, rút lại sự "
                "đồng ý, phản đối việc xử lý và khiếu nại theo Luật Bảo vệ dữ liệu cá nhân.",
                contact_line(unit),
            ],
        ),
    ]


def contact_line(unit):
    ways = [
        f"thư điện tử {unit.email}" if unit.email else "",
        f"điện thoại {unit.phone}" if unit.phone else "",
    ]
    ways = [way for way in ways if way]
    return "Liên hệ: " + (", ".join(ways) if ways else "trang Liên hệ của cổng") + "."


def sections_body(sections):
    html = "".join(
        f"<h2>{escape(heading)}</h2>" + "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
        for heading, paragraphs in sections
    )
    return [{"type": "paragraph", "value": html}]


def load_links_demo(home, stdout):
    site = Site.objects.get(root_page=home)
    unit = UnitSettings.for_site(site)
    accessibility, _created = child(
        home,
        StandardPage,
        "Tuyên bố về khả năng tiếp cận",
        slug="kha-nang-tiep-can",
        summary="Mức độ tuân thủ WCAG 2.2 AA, các hạn chế đã biết và cách báo lỗi (trang mẫu).",
        body=sections_body(accessibility_sections(unit)),
    )
    privacy, _created = child(
        home,
        StandardPage,
        "Thông báo xử lý dữ liệu cá nhân",
        slug="du-lieu-ca-nhan",
        summary="Dữ liệu nào được thu thập khi góp ý, để làm gì, lưu bao lâu và quyền của bạn (trang mẫu).",
        body=sections_body(privacy_sections(unit)),
    )
    links = PortalLinksSettings.for_site(site)
    links.accessibility_page = links.accessibility_page or accessibility
    links.privacy_page = links.privacy_page or privacy
    if not links.related_portals.exists():
        links.related_portals = [
            RelatedPortal(name=name, url=url, sort_order=number)
            for number, (name, url) in enumerate(RELATED_PORTALS)
        ]
    links.save()
    stdout.write(_("Portal links: related portals, accessibility statement and privacy notice."))
