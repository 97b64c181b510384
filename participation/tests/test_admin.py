"""Officers handle messages in the Vietnamese admin: the list marks overdue ones, the
handling screen shows everything sent and offers the steps their groups allow."""

import datetime

import pytest
from django.utils import timezone

from participation.models import State, SubmissionPhoto

from .factories import SubmissionFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/participation_submissions/"


@pytest.fixture
def signed_in(client, officer):
    client.force_login(officer)
    return client


def test_the_list_marks_overdue_messages(signed_in, participation):
    SubmissionFactory(
        page=participation, subject="Quá hạn rồi", deadline=timezone.localdate() - datetime.timedelta(days=2)
    )
    SubmissionFactory(page=participation, subject="Còn hạn")
    response = signed_in.get(LIST_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Quá hạn rồi" in html and "Còn hạn" in html
    assert html.count(">Quá hạn<") == 1
    assert "Hỏi đáp, phản ánh kiến nghị" in html


def test_an_officer_assigns_answers_and_publishes(
    signed_in, participation, mailoutbox, django_capture_on_commit_callbacks
):
    submission = SubmissionFactory(page=participation)
    url = f"{LIST_URL}edit/{submission.pk}/"
    page = signed_in.get(url)
    assert page.status_code == 200
    assert "mau@example.com" in page.content.decode()
    assert signed_in.post(url, {"step": "assign", "assign-department": "Phòng Kinh tế"}).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        signed_in.post(url, {"step": "answer", "answer-answer": "Đã sửa đèn.", "answer-answering_unit": ""})
    signed_in.post(url, {"step": "publish", "publish-published_question": "Đèn đường hỏng."})
    submission.refresh_from_db()
    assert submission.state == State.PUBLISHED
    assert mailoutbox[-1].subject.endswith("đã được trả lời")
    history = signed_in.get(url).content.decode()
    assert "Phòng Kinh tế" in history and "Đã công bố" in history


def test_a_step_with_missing_fields_is_refused_with_the_form(signed_in, participation):
    submission = SubmissionFactory(page=participation)
    response = signed_in.post(f"{LIST_URL}edit/{submission.pk}/", {"step": "refuse", "refuse-reason": ""})
    assert response.status_code == 400
    assert "Vui lòng nêu lý do từ chối." in response.content.decode()
    submission.refresh_from_db()
    assert submission.state == State.RECEIVED


def test_a_step_the_officer_may_not_take_is_refused(client, participation, django_user_model):
    from django.contrib.auth.models import Group

    publisher = django_user_model.objects.create_user("congbo")
    publisher.groups.add(Group.objects.get(name="Công bố hỏi đáp"))
    client.force_login(publisher)
    submission = SubmissionFactory(page=participation)
    client.post(f"{LIST_URL}edit/{submission.pk}/", {"step": "assign", "assign-department": "Phòng Kinh tế"})
    submission.refresh_from_db()
    assert submission.state == State.RECEIVED


def test_photos_are_for_officers_only(signed_in, client, participation, photo_file):
    submission = SubmissionFactory(page=participation)
    photo = SubmissionPhoto.objects.create(submission=submission, image=photo_file())
    assert signed_in.get(f"/admin/tham-gia/anh/{photo.pk}/").status_code == 200
    signed_in.logout()
    assert client.get(f"/admin/tham-gia/anh/{photo.pk}/").status_code in (302, 403)
    from django.conf import settings

    assert not photo.image.path.startswith(str(settings.MEDIA_ROOT) + "/")


def test_an_officer_of_one_site_sees_only_its_messages(client, portal, participation, officer):
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Site

    from home.tests.factories import HomePageFactory

    from .factories import ParticipationPageFactory

    other_home = HomePageFactory(parent=portal.home.get_parent(), slug="xa-khac")
    Site.objects.create(hostname="xa-khac.example", root_page=other_home)
    other_page = ParticipationPageFactory(parent=other_home)
    commune = Group.objects.create(name="Biên tập xã Thử Nghiệm")
    GroupPagePermission.objects.create(
        group=commune, page=portal.home, permission=Permission.objects.get(codename="change_page")
    )
    officer.groups.add(commune)
    SubmissionFactory(page=participation, subject="Của xã này")
    elsewhere = SubmissionFactory(page=other_page, subject="Của xã khác")
    client.force_login(officer)
    html = client.get(LIST_URL).content.decode()
    assert "Của xã này" in html
    assert "Của xã khác" not in html
    assert client.get(f"{LIST_URL}edit/{elsewhere.pk}/").status_code == 404
