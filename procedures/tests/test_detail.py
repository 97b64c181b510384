import json
import re

import pytest

from core.tests.page_text import block_texts, missing_from_print

from .factories import ProcedureFactory, full_procedure

pytestmark = pytest.mark.django_db


@pytest.fixture
def birth_registration(procedures_site):
    return full_procedure()


def test_every_section_of_a_procedure_is_on_its_page(client, procedures_site, birth_registration):
    response = client.get(birth_registration.url)

    content = response.content.decode()
    assert birth_registration.url == "/thu-tuc-hanh-chinh/1-001193/"
    assert response.status_code == 200
    assert '<h1 id="procedure-title">Đăng ký khai sinh</h1>' in content
    for heading in (
        "Thông tin chung",
        "Trình tự thực hiện",
        "Cách thức thực hiện, thời hạn, phí và lệ phí",
        "Thành phần hồ sơ",
        "Kết quả thực hiện",
        "Yêu cầu, điều kiện thực hiện",
        "Căn cứ pháp lý",
        "Thủ tục hành chính liên quan",
    ):
        assert f">{heading}</h2>" in content
    assert "<li>Công chức kiểm tra.<br>- Ghi vào Sổ hộ tịch.</li>" in content
    assert "1 ngày làm việc" in content
    assert "Lệ phí đăng ký khai sinh đúng hạn: miễn phí" in content
    assert "Phí cấp bản sao (mỗi bản): 8.000 đồng" in content
    assert '<h3 id="case-1">Giấy tờ phải nộp</h3>' in content
    assert '<h3 id="case-2">Giấy tờ phải xuất trình</h3>' in content
    assert '<time datetime="2014-11-20">20/11/2014</time>' in content
    assert "Toàn trình" in content and 'href="https://dichvucong.gov.vn/" rel="external"' in content


def test_a_form_can_be_downloaded(client, procedures_site, birth_registration):
    content = client.get(birth_registration.url).content.decode()

    link = re.search(r'<a href="([^"]+)" download>Tải về Tờ khai đăng ký khai sinh \(DOCX\)</a>', content)
    assert link
    assert client.get(link[1]).status_code == 200


def test_related_procedures_link_those_in_the_list(client, procedures_site, birth_registration):
    content = client.get(birth_registration.url).content.decode()

    assert '<a href="/thu-tuc-hanh-chinh/1-000656/">Đăng ký khai tử</a> (1.000656)' in content
    assert "9.999999 <small>(không có trong danh sách này)</small>" in content


def test_search_engines_read_a_government_service(client, procedures_site, birth_registration):
    content = client.get(birth_registration.url).content.decode()

    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    data = json.loads(script[1])
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Đăng ký khai sinh"
    assert data["identifier"] == "1.001193"
    assert data["serviceType"] == "Hộ tịch"
    assert data["url"] == "http://testserver/thu-tuc-hanh-chinh/1-001193/"
    assert data["areaServed"]["name"] == "Xã Thử Nghiệm"
    channels = {channel["name"]: channel for channel in data["availableChannel"]}
    assert channels["Trực tiếp"]["processingTime"] == "P1D"
    assert channels["Trực tuyến"]["serviceUrl"] == "https://dichvucong.gov.vn/"
    assert {
        "@type": "Offer",
        "name": "Phí cấp bản sao (mỗi bản)",
        "price": 8000,
        "priceCurrency": "VND",
    } in data["offers"]


def test_the_print_version_has_every_section_without_the_site_chrome(
    client, procedures_site, birth_registration
):
    response = client.get(f"{birth_registration.url}in/")

    content = response.content.decode()
    assert response.status_code == 200
    assert 'class="print-view"' in content
    assert "Thành phần hồ sơ</h2>" in content
    assert 'class="main-menu"' not in content
    assert "Nguồn: http://testserver/thu-tuc-hanh-chinh/1-001193/" in content


def test_the_print_version_shows_all_the_text_of_the_page(client, procedures_site, birth_registration):
    page = client.get(birth_registration.url).content.decode()
    printed = client.get(f"{birth_registration.url}in/").content.decode()

    assert len(block_texts(page, "procedure")) > 40
    assert missing_from_print(page, printed, "procedure") == []


def test_an_unknown_code_is_not_found(client, procedures_site):
    for address in ("/thu-tuc-hanh-chinh/9-999999/", "/thu-tuc-hanh-chinh/1.001193/"):
        response = client.get(address)
        assert response.status_code == 404
        assert "<h1>Không tìm thấy trang</h1>" in response.content.decode()


def test_a_procedure_without_details_still_reads_well(client, procedures_site):
    bare = ProcedureFactory(steps=[], channels=[], documents=[], legal_basis=[], result="", conditions="")

    content = client.get(bare.url).content.decode()

    assert content.count("Không có thông tin") >= 4


def test_the_detail_page_takes_few_queries(
    client, procedures_site, birth_registration, django_assert_max_num_queries
):
    client.get(birth_registration.url)  # warms the site's menu cache

    # Six for the site, routing and view restrictions; the procedure, its forms, its related procedures.
    with django_assert_max_num_queries(9):
        response = client.get(birth_registration.url)
    assert response.status_code == 200
