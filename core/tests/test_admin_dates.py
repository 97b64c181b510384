"""An editor types dates in the admin as Vietnamese or ISO dates: they are read as typed
or refused with a message in Vietnamese, and a schedule never turns into a publication
at once because of how its date was typed."""

import datetime
import json
import re

import pytest
from django import forms
from django.utils import timezone
from wagtail.test.utils.form_data import querydict_from_html

from news.models import ArticlePage
from news.tests.factories import ArticlePageFactory
from procedures.models import Procedure

pytestmark = pytest.mark.django_db

HANOI = datetime.timezone(datetime.timedelta(hours=7))


def page_form_field(name):
    return ArticlePage.get_edit_handler().get_form_class().base_fields[name]


@pytest.mark.parametrize(
    "typed",
    [
        "02/12/2026 14:30",
        "2/12/2026 14:30",
        "02/12/2026 14h30",
        "14:30 02/12/2026",
        "02-12-2026 14:30",
        "02.12.2026 14:30",
        "2026-12-02 14:30",
        "2026-12-02T14:30",
        "02/12/2026 14:30:00",
    ],
)
def test_a_date_and_time_is_read_in_vietnamese_or_iso_form(typed):
    assert page_form_field("go_live_at").clean(typed) == datetime.datetime(2026, 12, 2, 14, 30, tzinfo=HANOI)


@pytest.mark.parametrize("typed", ["31/02/2027 10:00", "02/13/2026 10:00", "ngày mai", "2026-12-02 25:00"])
def test_a_date_and_time_that_is_none_is_refused_in_vietnamese(typed):
    with pytest.raises(forms.ValidationError) as refused:
        page_form_field("go_live_at").clean(typed)

    assert refused.value.messages == [
        "Nhập ngày và giờ dạng dd/mm/yyyy HH:MM hoặc yyyy-mm-dd HH:MM, ví dụ 30/09/2020 14:30."
    ]


@pytest.mark.parametrize("typed", ["30/09/2020", "30-09-2020", "30.09.2020", "2020-09-30"])
def test_a_date_is_read_in_vietnamese_or_iso_form(typed):
    assert page_form_field("date").clean(typed) == datetime.date(2020, 9, 30)
    assert Procedure.snippet_viewset.get_edit_handler().get_form_class().base_fields["updated_on"].clean(
        typed
    ) == datetime.date(2020, 9, 30)


def test_a_date_that_is_none_is_refused_in_vietnamese():
    with pytest.raises(forms.ValidationError) as refused:
        page_form_field("date").clean("31/09/2020")

    assert refused.value.messages == ["Nhập ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd, ví dụ 30/09/2020."]


def test_every_date_picker_of_the_admin_keeps_what_was_typed(admin_client, portal):
    article = ArticlePageFactory(parent=portal.category)

    content = admin_client.get(f"/admin/pages/{article.pk}/edit/").content.decode()

    pickers = re.findall(r'init(Date|DateTime)Chooser\("([^"]+)", (\{.*?\})\);', content)
    # The schedule dialog's two fields and the publication date: none is replaced on blur.
    assert {field_id for _kind, field_id, _config in pickers} >= {"id_go_live_at", "id_expire_at", "id_date"}
    assert all(json.loads(config)["validateOnBlur"] is False for _kind, _id, config in pickers)


def edit(admin_client, article, **fields):
    url = f"/admin/pages/{article.pk}/edit/"
    data = querydict_from_html(
        admin_client.get(url).content.decode(), form_id="page-edit-form", exclude_csrf=True
    )
    data.setdefault("body-count", "0")
    for name, value in fields.items():
        data[name] = value
    return admin_client.post(url, data)


def test_a_schedule_typed_in_iso_form_schedules_the_article(admin_client, portal):
    article = ArticlePageFactory(parent=portal.category, live=False)
    later = timezone.localtime() + datetime.timedelta(days=30)

    response = edit(
        admin_client, article, go_live_at=later.strftime("%Y-%m-%d %H:%M"), **{"action-publish": "1"}
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.live
    assert article.go_live_at == later.replace(second=0, microsecond=0)
    assert article.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_a_go_live_time_already_past_is_refused_not_published_at_once(admin_client, portal):
    article = ArticlePageFactory(parent=portal.category, live=False)
    earlier = timezone.localtime() - datetime.timedelta(hours=3)

    response = edit(
        admin_client, article, go_live_at=earlier.strftime("%d/%m/%Y %H:%M"), **{"action-publish": "1"}
    )

    assert response.status_code == 200
    assert "Thời điểm đăng này đã qua" in response.content.decode()
    article.refresh_from_db()
    assert not article.live
