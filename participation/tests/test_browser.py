"""On a phone-sized Chromium window with JavaScript off, a resident sends feedback with a
photo, gets a receipt code, and looks it up with the code and the phone number."""

import pytest

from participation.models import Submission

from .conftest import jpeg_bytes

PHONE = {"width": 390, "height": 844}


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_resident_sends_feedback_with_a_photo_and_looks_it_up_on_a_phone(
    live_server, participation, fields, chromium, tmp_path
):
    photo = tmp_path / "den-hong.jpg"
    photo.write_bytes(jpeg_bytes(size=(800, 600)))
    with chromium(java_script_enabled=False, viewport=PHONE, is_mobile=True) as page:
        page.goto(f"{live_server.url}/hoi-dap/gui/")
        page.get_by_role("radio", name="Phản ánh, kiến nghị", exact=True).check()
        page.get_by_role("textbox", name="Tiêu đề", exact=True).fill("Đèn đường hỏng ở thôn Đông")
        page.get_by_role("combobox", name="Lĩnh vực", exact=True).select_option(label="Xây dựng")
        page.get_by_role("textbox", name="Nội dung", exact=True).fill(
            "Đèn đường trước nhà văn hoá bị hỏng hai tuần nay."
        )
        page.get_by_label("Ảnh (không bắt buộc)").set_input_files(str(photo))
        page.get_by_role("textbox", name="Họ và tên", exact=True).fill("Người Dân Mẫu")
        page.get_by_role("textbox", name="Số điện thoại", exact=True).fill("0912 345 678")
        page.get_by_label("Tôi đã đọc thông báo").check()
        page.get_by_role("button", name="Gửi", exact=True).click()
        page.wait_for_load_state()
        code = page.locator(".participation__code").inner_text()

        page.goto(f"{live_server.url}/hoi-dap/tra-cuu/")
        page.get_by_label("Mã tiếp nhận").fill(code)
        page.get_by_label("Thư điện tử hoặc số điện thoại").fill("0912345678")
        page.get_by_role("button", name="Tra cứu").click()
        page.wait_for_load_state()
        status = page.locator(".participation__state").inner_text()
    submission = Submission.objects.get()
    assert code == submission.code and code.startswith("PA-")
    assert submission.photos.count() == 1
    assert status == "Đã tiếp nhận"
