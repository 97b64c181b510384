"""A resident sends a question or feedback; bad input is refused with a 4xx, in Vietnamese,
keeping what was typed."""

import datetime
import io

import pytest
from django.core import mail
from django.test import override_settings
from pytest_django.asserts import assertInHTML

from demo.links import load_links_demo
from participation.models import Event, State, Submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def send(client, page, data, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/tham-gia/{page.pk}/gui/", data, **extra)

    return send


def test_the_form_shows_the_privacy_notice_and_every_field(post, client, participation, fields):
    response = client.get("/hoi-dap/gui/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nghị định 356/2025" in html
    for name in ("subject", "field", "content", "place", "photos", "name", "email", "phone", "consent"):
        assert f'name="{name}"' in html
    assert "Địa chính" in html
    assert "public" in response["Cache-Control"]


def test_a_resident_sends_feedback_with_a_photo_and_gets_a_code(
    post, client, participation, sending, photo_file
):
    response = post(client, participation, sending(photos=photo_file()))
    assert response.status_code == 303
    submission = Submission.objects.get()
    assert submission.code == f"PA-{datetime.date.today().year}-000001"
    assert submission.phone == "0912345678"
    assert submission.state == State.RECEIVED
    assert submission.photos.count() == 1
    assert submission.deadline > datetime.date.today()
    assert response["Location"] == f"/tham-gia/theo-doi/{submission.tracking_token}/"
    page = client.get(response["Location"])
    assert submission.code in page.content.decode()
    assert "private" in page["Cache-Control"]
    assert [event.action for event in Event.objects.all()] == ["receive"]
    assert mail.outbox[0].to == ["mau@example.com"]
    assert submission.code in mail.outbox[0].body
    assert submission.tracking_token in mail.outbox[0].body


def test_a_question_gets_an_hd_code(post, client, participation, sending):
    post(client, participation, sending(kind="hoi-dap"))
    assert Submission.objects.get().code.startswith("HD-")


def test_codes_follow_each_other_per_prefix(post, client, participation, sending):
    post(client, participation, sending(content="Lần một"))
    post(client, participation, sending(content="Lần hai"))
    post(client, participation, sending(content="Câu hỏi", kind="hoi-dap"))
    codes = sorted(Submission.objects.values_list("code", flat=True))
    year = datetime.date.today().year
    assert codes == [f"HD-{year}-000001", f"PA-{year}-000001", f"PA-{year}-000002"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"subject": ""}, "Vui lòng nhập tiêu đề."),
        ({"email": "", "phone": ""}, "Vui lòng cho biết thư điện tử hoặc số điện thoại"),
        ({"email": "khong-phai-thu"}, "ví dụ ten@example.com"),
        ({"phone": "12345"}, "số điện thoại"),
        ({"consent": None}, "thông báo về bảo vệ dữ liệu"),
        ({"field": "999999"}, "lĩnh vực"),
        ({"content": "xem http://a.example http://b.example http://c.example"}, "liên kết"),
    ],
)
def test_bad_input_is_refused_and_what_was_typed_is_kept(
    post, client, participation, sending, changes, message
):
    response = post(client, participation, sending(**changes))
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert "Trần Thị Mẫu" in html
    assert not Submission.objects.exists()


def test_a_missing_choice_is_read_out_with_its_group_of_buttons(post, client, participation, sending):
    """WCAG 1.3.1 and 3.3.1: a screen reader entering the radio group hears its error, and
    the error summary's link leads to the group."""
    response = post(client, participation, sending(kind=None))
    html = response.content.decode()

    assert response.status_code == 400
    assert '<fieldset id="id_kind" aria-describedby="id_kind_error">' in html
    assertInHTML(
        '<p class="field__error" id="id_kind_error">Vui lòng chọn câu hỏi hoặc phản ánh, kiến nghị.</p>', html
    )
    assert '<a href="#id_kind">' in html
    assert html.count('aria-invalid="true"') == 2, "each of the two buttons says it is invalid"


def test_a_field_with_help_and_an_error_is_described_by_both(post, client, participation, sending):
    response = post(client, participation, sending(phone="12", email=None))
    html = response.content.decode()

    assert response.status_code == 400
    assert 'aria-describedby="id_phone_helptext id_phone_error"' in html
    assert 'id="id_phone_helptext"' in html and 'id="id_phone_error"' in html
    assert "Vui lòng nhập số điện thoại" in html


def test_a_file_that_is_no_photo_is_refused(post, client, participation, sending):
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("anh.jpg", b"<?php echo 1; ?>", content_type="image/jpeg")
    response = post(client, participation, sending(photos=fake))
    assert response.status_code == 400
    assert "không phải ảnh" in response.content.decode()


def test_photos_lose_their_metadata(post, client, participation, sending, photo_file):
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "Máy ảnh bí mật"
    post(client, participation, sending(photos=photo_file(exif=exif.tobytes())))
    stored = Submission.objects.get().photos.get()
    with stored.image.open("rb") as file, Image.open(file) as image:
        assert not image.getexif()


def test_the_honeypot_refuses_robots(post, client, participation, sending):
    response = post(client, participation, sending(website="http://spam.example"))
    assert response.status_code == 400
    assert "thư rác" in response.content.decode()
    assert not Submission.objects.exists()


def test_a_double_click_does_not_send_twice(post, client, participation, sending):
    first = post(client, participation, sending())
    second = post(client, participation, sending())
    assert Submission.objects.count() == 1
    assert first["Location"] == second["Location"]


@override_settings(PARTICIPATION_RATE_LIMIT=2)
def test_many_messages_from_one_address_are_slowed_down(post, client, participation, sending):
    for number in range(2):
        post(client, participation, sending(content=f"Nội dung {number}"))
    response = post(client, participation, sending(content="Nội dung thứ ba"))
    assert response.status_code == 429
    assert "Nội dung thứ ba" in response.content.decode()
    assert Submission.objects.count() == 2


def test_a_post_from_another_website_is_refused(post, client, participation, sending):
    response = post(client, participation, sending(), HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert not Submission.objects.exists()


def test_mail_trouble_never_loses_a_submission(post, client, participation, sending, monkeypatch):
    from participation import notifications

    def failing(*args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr(notifications, "send_mail", failing)
    response = post(client, participation, sending())
    assert response.status_code == 303
    assert Submission.objects.count() == 1


def test_the_form_links_to_the_portal_s_full_privacy_notice(client, participation):
    load_links_demo(participation.get_site().root_page, io.StringIO())

    html = client.get("/hoi-dap/gui/").content.decode()
    assert '<a href="/du-lieu-ca-nhan/">Thông báo đầy đủ về bảo vệ dữ liệu cá nhân của cổng</a>' in html
