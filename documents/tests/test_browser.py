"""In Chromium with JavaScript off, a resident narrows the register with the filters,
finds a decree by its number typed without diacritics, follows “replaced by” and
downloads the file."""

import datetime

import pytest

from documents.models import DocumentRelation, DocumentType, RelationKind, Status

from .factories import IssuerFactory, LegalDocumentIndexPageFactory, LegalDocumentPageFactory, attach


@pytest.fixture
def register_with_documents(portal):
    register = LegalDocumentIndexPageFactory(parent=portal.home, show_in_menus=True)
    government = IssuerFactory(name="Chính phủ")
    decree_type = DocumentType.objects.get(name="Nghị định")
    decree = LegalDocumentPageFactory(
        parent=register,
        number="42/2022/NĐ-CP",
        title="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
        document_type=decree_type,
        issuer=government,
        issued_on=datetime.date(2022, 6, 24),
    )
    attach(decree, title="Toàn văn Nghị định 42")
    old = LegalDocumentPageFactory(
        parent=register,
        number="43/2011/NĐ-CP",
        title="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên cổng thông tin điện tử",
        document_type=decree_type,
        issuer=government,
        issued_on=datetime.date(2011, 6, 13),
        status=Status.REPLACED,
    )
    DocumentRelation.objects.create(page=decree, kind=RelationKind.REPLACES, target=old)
    for number in range(1, 4):
        LegalDocumentPageFactory(parent=register, number=f"{number}/2025/QĐ-UBND")
    return register


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_resident_filters_finds_follows_and_downloads_in_chromium(
    live_server, register_with_documents, chromium, tmp_path
):
    url = f"{live_server.url}/van-ban/"
    with chromium(java_script_enabled=False, accept_downloads=True) as page:
        page.goto(url)
        assert "5 văn bản" in page.locator(".register__count").inner_text()

        page.get_by_label("Loại văn bản").select_option("nghi-dinh")
        page.get_by_label("Tình trạng hiệu lực").select_option("bi-thay-the")
        page.get_by_role("search", name="Tìm văn bản").get_by_role("button", name="Tìm kiếm").click()
        page.wait_for_load_state()
        filtered_url = page.url
        filtered_numbers = page.locator(".register-table tbody th").all_inner_texts()

        page.goto(url)
        page.get_by_label("Số, ký hiệu hoặc trích yếu").fill("nghi dinh 43")
        page.get_by_role("search", name="Tìm văn bản").get_by_role("button", name="Tìm kiếm").click()
        page.wait_for_load_state()
        page.get_by_role("link", name="43/2011/NĐ-CP").click()
        page.wait_for_load_state()
        replaced_notice = page.locator(".legal-document__replaced").inner_text()
        page.locator(".legal-document__replaced a").click()
        page.wait_for_load_state()
        landed_on = page.url

        with page.expect_download() as download_info:
            page.get_by_role("link", name="Toàn văn Nghị định 42").click()
        download = download_info.value
        saved = tmp_path / download.suggested_filename
        download.save_as(saved)

    assert "loai=nghi-dinh" in filtered_url and "tinh_trang=bi-thay-the" in filtered_url
    assert [text.split("\n")[0] for text in filtered_numbers] == ["43/2011/NĐ-CP"]
    assert "Văn bản này đã bị thay thế bởi" in replaced_notice
    assert landed_on.endswith("/van-ban/42-2022-nd-cp/")
    assert saved.suffix == ".pdf"
    assert saved.read_bytes().startswith(b"%PDF")
