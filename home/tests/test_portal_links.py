"""Related state portals (Decree 42/2022 Art. 7(1)(b)) and the legal pages in every
page's footer, edited in the site's settings; each procedure links to its entry on the
National Public Service Portal."""

import io
import re

import pytest
from django.core.exceptions import ValidationError

from demo.links import load_links_demo
from home.models import (
    NATIONAL_PORTAL_PATTERN,
    PortalLinksSettings,
    RelatedPortal,
    procedure_url,
    validate_code_pattern,
)
from home.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def footer(response):
    return re.search(r'<footer class="site-footer">.*?</footer>', response.content.decode(), re.S).group(0)


def test_the_demo_links_show_in_the_footer_of_every_page(client, portal):
    load_links_demo(portal.home, io.StringIO())

    for url in ("/", portal.category.url):
        shown = footer(client.get(url))
        assert '<a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a>' in shown
        assert '<a href="https://vbpl.vn/">' in shown
        assert '<a href="/kha-nang-tiep-can/">Tuyên bố về khả năng tiếp cận</a>' in shown
        assert '<a href="/du-lieu-ca-nhan/">Thông báo xử lý dữ liệu cá nhân</a>' in shown


def test_the_legal_pages_say_what_the_law_asks(client, portal):
    load_links_demo(portal.home, io.StringIO())

    statement = client.get("/kha-nang-tiep-can/").content.decode()
    assert "WCAG" in statement and "2.2" in statement and "Báo lỗi" in statement
    assert "lienhe@xa.example" in statement, "how to reach the unit, from its settings"
    privacy = client.get("/du-lieu-ca-nhan/").content.decode()
    for words in ("356/2025/NĐ-CP", "địa chỉ IP", "30 ngày", "Quyền của bạn", "lienhe@xa.example"):
        assert words in privacy


def test_a_change_of_the_links_shows_at_once(client, portal, purged, django_capture_on_commit_callbacks):
    client.get("/")
    links = PortalLinksSettings.for_site(portal.site)
    with django_capture_on_commit_callbacks(execute=True):
        links.save()
        RelatedPortal.objects.create(
            settings=links, name="Cổng thông tin tỉnh Mẫu", url="https://tinh.example/"
        )

    assert "Cổng thông tin tỉnh Mẫu" in footer(client.get("/"))
    assert ("BAN", portal.site.root_url) in purged


def test_an_unpublished_legal_page_is_not_linked(client, portal):
    page = StandardPageFactory(parent=portal.home, title="Tuyên bố tiếp cận")
    PortalLinksSettings.objects.create(site=portal.site, accessibility_page=page)
    page.unpublish()

    shown = footer(client.get("/"))
    assert "lienhe@xa.example" in shown
    assert "Tuyên bố tiếp cận" not in shown


def test_a_procedure_links_to_the_national_portal_by_its_code():
    pattern = PortalLinksSettings().procedure_url_pattern
    assert pattern == NATIONAL_PORTAL_PATTERN
    assert procedure_url(pattern, "1.001193").endswith("?ma_thu_tuc=1.001193")
    assert procedure_url(pattern, "1.000948.H38 ").endswith("ma_thu_tuc=1.000948.H38%20")
    assert procedure_url("", "1.001193") is None


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("http://dichvucong.gov.vn/?ma={code}", "Địa chỉ phải bắt đầu bằng https://."),
        ("https://dichvucong.gov.vn/?ma=", "Địa chỉ phải chứa {code} đúng một lần."),
        ("https://dichvucong.gov.vn/{code}/{code}", "Địa chỉ phải chứa {code} đúng một lần."),
        (
            "https://dichvucong.gov.vn/?ma={code}&x={0}",
            "Ngoài {code}, địa chỉ không được chứa dấu ngoặc nhọn nào khác.",
        ),
    ],
)
def test_a_broken_pattern_is_refused_in_vietnamese(pattern, message):
    with pytest.raises(ValidationError) as refused:
        validate_code_pattern(pattern)
    assert refused.value.messages == [message]


def test_the_procedure_page_links_to_its_entry_on_the_national_portal(client, portal):
    from procedures.tests.factories import ProcedureFactory, ProcedureIndexPageFactory

    index = ProcedureIndexPageFactory(parent=portal.home)
    procedure = ProcedureFactory(code="1.001193")

    html = client.get(f"{index.url}{procedure.slug}/").content.decode()

    link = re.search(r'<a href="([^"]+)" class="procedure__national-portal">([^<]+)</a>', html)
    assert link.group(1).endswith("ma_thu_tuc=1.001193")
    assert link.group(2) == "Thủ tục này trên Cổng Dịch vụ công quốc gia"
