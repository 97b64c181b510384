"""A resident looks up a message with its code and the e-mail or phone given: without
both, nothing is revealed, and wrong codes and wrong contacts get the same answer."""

import pytest
from django.test import override_settings

from participation.models import LookupFailure

from .factories import SubmissionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def submission(participation):
    return SubmissionFactory(
        page=participation, code="PA-2026-000123", email="Mau@Example.com", phone="0912345678"
    )


def look_up(client, page, **data):
    return client.post(f"/tham-gia/{page.pk}/tra-cuu/", data)


@pytest.mark.parametrize("contact", ["mau@example.com", "0912 345 678", "+84912345678"])
def test_the_code_and_the_contact_open_the_private_page(client, participation, submission, contact):
    response = look_up(client, participation, code="pa-2026-000123", contact=contact)
    assert response.status_code == 303
    assert response["Location"] == f"/tham-gia/theo-doi/{submission.tracking_token}/"
    page = client.get(response["Location"])
    html = page.content.decode()
    assert "PA-2026-000123" in html
    assert "Đã tiếp nhận" in html
    assert "private" in page["Cache-Control"]


def test_a_wrong_code_and_a_wrong_contact_get_the_same_answer(client, participation, submission):
    wrong_contact = look_up(client, participation, code="PA-2026-000123", contact="khac@example.com")
    wrong_code = look_up(client, participation, code="PA-2026-000124", contact="mau@example.com")
    assert wrong_contact.status_code == wrong_code.status_code == 404
    for response in (wrong_contact, wrong_code):
        html = response.content.decode()
        assert "Không tìm thấy kết quả" in html
        assert submission.subject not in html
        assert submission.tracking_token not in html


@pytest.mark.parametrize("data", [{"code": "PA-2026-000123"}, {"contact": "mau@example.com"}, {}])
def test_one_key_alone_reveals_nothing(client, participation, submission, data):
    response = look_up(client, participation, **data)
    content = response.content.decode()
    assert response.status_code == 400
    assert "Vui lòng nhập cả mã tiếp nhận" in content
    assert submission.subject not in content
    assert submission.tracking_token not in content


def test_a_message_of_another_site_is_not_found_here(client, participation, portal):
    from wagtail.models import Site

    from home.tests.factories import HomePageFactory

    from .factories import ParticipationPageFactory

    other_home = HomePageFactory(parent=portal.home.get_parent(), slug="xa-khac")
    Site.objects.create(hostname="xa-khac.example", root_page=other_home)
    other_page = ParticipationPageFactory(parent=other_home)
    SubmissionFactory(page=other_page, code="PA-2026-000999", email="mau@example.com")
    response = look_up(client, participation, code="PA-2026-000999", contact="mau@example.com")
    assert response.status_code == 404


@override_settings(PARTICIPATION_LOOKUP_FAILURES=3)
def test_guessing_is_slowed_down(client, participation, submission):
    for number in range(3):
        look_up(client, participation, code=f"PA-2026-00000{number}", contact="mau@example.com")
    response = look_up(client, participation, code="PA-2026-000123", contact="mau@example.com")
    assert response.status_code == 429
    assert LookupFailure.objects.count() == 3


def test_an_unknown_private_link_is_not_found(client, participation, submission):
    assert client.get("/tham-gia/theo-doi/doan-bua/").status_code == 404
    assert client.get("/tham-gia/theo-doi/" + "x" * 100 + "/").status_code == 404


def test_internal_notes_never_reach_the_resident(client, participation, submission, officer):
    from participation.workflow import take_step

    take_step(submission, "note", officer, note="Người này gửi nhiều lần")
    take_step(submission, "assign", officer, department="Phòng Kinh tế", note="Giao gấp cho anh Bình")
    html = client.get(f"/tham-gia/theo-doi/{submission.tracking_token}/").content.decode()
    assert "Đã giao xử lý" in html
    assert "Người này gửi nhiều lần" not in html
    assert "anh Bình" not in html
