"""A draft is open for comments until its closing date and then closes by itself; comments
wait for moderation; after closing the page shows how many were received and the unit's
summary response."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from participation.models import DraftComment

from .conftest import CLOSES_ON

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_day(monkeypatch):
    """Today is the given date, for the page and the comment view."""

    def travel(day):
        monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)

    return travel


def comment(client, draft, **changes):
    data = {
        "name": "Người Dân Mẫu",
        "email": "mau@example.com",
        "comment": "Đề nghị chợ mở cửa từ 5 giờ.",
        "website": "",
    }
    data.update(changes)
    return client.post(f"/tham-gia/du-thao/{draft.pk}/gop-y/", data)


def test_while_open_a_comment_waits_for_moderation(client, draft, on_day):
    on_day(CLOSES_ON)
    page = client.get(draft.url).content.decode()
    assert "Gửi ý kiến" in page or 'name="comment"' in page
    response = comment(client, draft)
    assert response.status_code == 303
    saved = DraftComment.objects.get()
    assert not saved.is_public
    assert "Đề nghị chợ mở cửa" not in client.get(draft.url).content.decode()
    saved.is_public = True
    saved.save()
    assert "Đề nghị chợ mở cửa" in client.get(draft.url).content.decode()


def test_the_draft_closes_by_itself_after_its_date(client, draft, on_day):
    on_day(CLOSES_ON)
    comment(client, draft)
    on_day(CLOSES_ON + datetime.timedelta(days=1))
    page = client.get(draft.url).content.decode()
    assert 'name="comment"' not in page
    assert "1 ý kiến" in page
    assert "Đơn vị tiếp thu ý kiến về giờ mở cửa." in page
    late = comment(client, draft, comment="Gửi muộn")
    assert late.status_code == 403
    assert DraftComment.objects.count() == 1


@pytest.mark.parametrize(
    ("changes", "status"),
    [({"comment": ""}, 400), ({"email": "sai"}, 400), ({"website": "http://spam.example"}, 400)],
)
def test_bad_comments_are_refused_and_the_text_kept(client, draft, changes, status, on_day):
    on_day(CLOSES_ON)
    response = comment(client, draft, **changes)
    assert response.status_code == status
    assert "Người Dân Mẫu" in response.content.decode()
    assert not DraftComment.objects.exists()


@override_settings(PARTICIPATION_RATE_LIMIT=2)
def test_many_comments_from_one_address_are_slowed_down_and_told_when_to_retry(client, draft, on_day):
    on_day(CLOSES_ON)
    for number in range(2):
        comment(client, draft, comment=f"Ý kiến số {number}")
    refused = comment(client, draft, comment="Ý kiến thứ ba")

    assert refused.status_code == 429
    assert 3570 <= int(refused["Retry-After"]) <= 3600, "until the first comment leaves the hour"
    told = refused.content.decode()
    assert "quá nhiều bình luận trong thời gian ngắn" in told and "gửi lại sau 60 phút" in told
    assert "Ý kiến thứ ba" in told, "the text is kept"
    assert DraftComment.objects.count() == 2


def test_moderating_a_comment_purges_the_draft_page(
    client, draft, purged, django_capture_on_commit_callbacks
):
    saved = DraftComment.objects.create(page=draft, name="A", email="a@example.com", comment="Ý kiến")
    with django_capture_on_commit_callbacks(execute=True):
        saved.is_public = True
        saved.save()
    assert f"http://testserver{draft.url}" in {url for method, url in purged}
