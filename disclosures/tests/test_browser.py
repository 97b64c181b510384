"""In Chromium with JavaScript off, a resident chooses a year and a section on the period
view, sees what is published and what is missing, and downloads a disclosure's file."""

import pytest

from .factories import DisclosureIndexPageFactory, DisclosurePageFactory, attach


@pytest.fixture
def disclosures_of_2025(portal):
    index = DisclosureIndexPageFactory(parent=portal.home, show_in_menus=True, tracked_since=2024)
    first_quarter = DisclosurePageFactory(parent=index, title="Thực hiện dự toán quý 1 năm 2024", year=2024)
    attach(first_quarter, title="Biểu số liệu quý 1")
    return index


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_resident_checks_a_year_period_by_period_in_chromium(
    live_server, disclosures_of_2025, chromium, tmp_path
):
    with chromium(java_script_enabled=False, accept_downloads=True) as page:
        page.goto(f"{live_server.url}/cong-khai/")
        page.get_by_role("link", name="Xem theo từng kỳ").click()
        page.wait_for_load_state()
        page.get_by_role("spinbutton", name="Năm").fill("2024")
        page.get_by_role("combobox", name="Nhóm nội dung").select_option("ngan-sach")
        page.get_by_role("button", name="Xem").click()
        page.wait_for_load_state()
        chosen_url = page.url
        heading = page.get_by_role("heading", level=1).inner_text()
        first_quarter = page.locator("section.disclosure-period").nth(0).inner_text()
        second_quarter = page.locator("section.disclosure-period").nth(1).inner_text()
        page.get_by_role("link", name="Thực hiện dự toán quý 1 năm 2024").click()
        page.wait_for_load_state()
        with page.expect_download() as download_info:
            page.get_by_role("link", name="Biểu số liệu quý 1").click()
        saved = tmp_path / download_info.value.suggested_filename
        download_info.value.save_as(saved)

    assert "nam=2024" in chosen_url and "muc=ngan-sach" in chosen_url
    assert heading == "Công khai theo kỳ năm 2024"
    assert "Đã công khai" in first_quarter
    assert "Chưa công khai" in second_quarter
    assert saved.read_bytes().startswith(b"%PDF")
