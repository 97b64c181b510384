"""Commune A's editor and approver keep A's people, departments, schedule entries, comments
and residents' messages in the admin; every address of one of commune B's answers 403 or
404, and no list, filter, form or chooser of A's admin offers anything of B's. The
addresses are in units/tests/isolation.py; each test walks them all on one pair of
communes (building the pair is what costs)."""

import datetime
from importlib import import_module

import pytest
from django.apps import apps
from django.utils import timezone

from alerts.models import UrgentNotice
from comments.models import ArticleComment
from core.tests.admin_form import admin_form
from news.models import Author
from news.tests.factories import ArticlePageFactory
from organisation.models import Department, Person
from participation.models import DraftComment
from schedule.models import ScheduleEntry, SchedulePage
from schedule.tests.factories import week_table
from units.builder import build_unit_site

from .isolation import SCOPED_BULK_ACTIONS, SCOPED_CHOICES, SCOPED_OBJECT_URLS

pytestmark = pytest.mark.django_db

ROLES = ["editor", "approver"]
INVALID_CHOICE = "Hãy chọn một lựa chọn hợp lệ."
# Wagtail's admin answers a refusal with a redirect to the dashboard, 403 to a script.
REFUSED = (302, 403, 404)


def leaks(response, unit):
    body = response.content.decode()
    return [mark for mark in (unit.secret, unit.name, unit.host) if mark in body]


def test_a_commune_s_people_open_none_of_another_commune_s_things_by_any_address(client, two_units):
    a, b = two_units.a, two_units.b
    opened = []
    for role in ROLES:
        client.force_login(getattr(a, role))
        for what, url_of in SCOPED_OBJECT_URLS:
            response = client.get(url_of(b), HTTP_HOST=a.host)
            if response.status_code not in REFUSED or leaks(response, b):
                opened.append((role, what, response.status_code))

    assert opened == []


def test_a_commune_s_lists_forms_and_choosers_offer_nothing_of_another_commune(client, two_units):
    a, b = two_units.a, two_units.b
    shown = []
    for role in ROLES:
        client.force_login(getattr(a, role))
        for url in SCOPED_CHOICES:
            response = client.get(url, HTTP_HOST=a.host)
            if response.status_code not in (200, *REFUSED) or leaks(response, b):
                shown.append((role, url, response.status_code, leaks(response, b)))

    assert shown == []


def test_a_commune_s_approver_bulk_acts_on_nothing_of_another_commune(client, two_units):
    a, b = two_units.a, two_units.b
    client.force_login(a.approver)
    named = []
    for action, key in SCOPED_BULK_ACTIONS:
        url = f"/admin/bulk/{action}/?next=/admin/&id={b.objects[key].pk}"
        confirmation = client.get(url, HTTP_HOST=a.host)
        client.post(url, HTTP_HOST=a.host)
        if leaks(confirmation, b):
            named.append(action)

    assert named == []
    assert Person.objects.filter(pk=b.objects["person"].pk).exists()
    assert Department.objects.filter(pk=b.objects["department"].pk).exists()
    assert ScheduleEntry.objects.filter(pk=b.objects["schedule_entry"].pk).exists()
    assert ArticleComment.objects.get(pk=b.objects["comment"].pk).is_public
    assert DraftComment.objects.filter(pk=b.objects["draft_comment"].pk).exists()
    assert UrgentNotice.objects.filter(pk=b.objects["urgent_notice"].pk).exists()


def test_a_commune_s_editor_lists_and_edits_its_own_people_departments_and_entries(client, two_units):
    a = two_units.a
    client.force_login(a.editor)
    person, department, entry = a.objects["person"], a.objects["department"], a.objects["schedule_entry"]

    people = client.get("/admin/snippets/organisation/person/", HTTP_HOST=a.host).content.decode()
    departments = client.get("/admin/snippets/organisation/department/", HTTP_HOST=a.host).content.decode()
    entries = client.get("/admin/schedule/", HTTP_HOST=a.host).content.decode()
    assert person.full_name in people
    assert department.name in departments
    assert entry.content in entries

    for url in (
        f"/admin/snippets/organisation/person/edit/{person.pk}/",
        f"/admin/snippets/organisation/department/edit/{department.pk}/",
        f"/admin/schedule/edit/{entry.pk}/",
    ):
        assert client.get(url, HTTP_HOST=a.host).status_code == 200, url

    response = client.post(
        f"/admin/snippets/organisation/department/edit/{department.pk}/",
        {"site": a.site.pk, "name": "Văn phòng UBND xã", "sort_order": "1"},
        HTTP_HOST=a.host,
    )
    assert response.status_code == 302
    department.refresh_from_db()
    assert department.name == "Văn phòng UBND xã"


def test_a_commune_s_approver_moderates_its_own_comment_and_handles_its_own_message(client, two_units):
    a = two_units.a
    client.force_login(a.approver)
    comment = a.objects["comment"]

    response = client.post(
        f"/admin/snippets/comments/articlecomment/edit/{comment.pk}/",
        {"state": "rejected", "answer": "Cảm ơn ông đã góp ý."},
        HTTP_HOST=a.host,
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert not comment.is_public and comment.answer == "Cảm ơn ông đã góp ý."

    messages = client.get("/admin/participation_submissions/", HTTP_HOST=a.host).content.decode()
    assert a.objects["answer"].code in messages
    handle = client.get(f"/admin/participation_submissions/edit/{a.objects['answer'].pk}/", HTTP_HOST=a.host)
    assert handle.status_code == 200


def test_a_commune_s_approver_publishes_a_comment_on_its_own_draft(client, two_units):
    a = two_units.a
    comment = a.objects["draft_comment"]
    client.force_login(a.approver)

    listed = client.get("/admin/snippets/participation/draftcomment/", HTTP_HOST=a.host).content.decode()
    response = client.post(
        f"/admin/snippets/participation/draftcomment/edit/{comment.pk}/",
        {"comment": comment.comment, "is_public": "on"},
        HTTP_HOST=a.host,
    )

    assert f"Dự thảo {a.secret}" in listed
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.is_public


def test_the_snippets_index_counts_nothing_across_communes(client, two_units):
    client.force_login(two_units.a.approver)

    index = client.get("/admin/snippets/", HTTP_HOST=two_units.a.host)

    # Every snippet a unit keeps has its own menu item, and a list of its own site's.
    assert index.status_code in REFUSED


def test_a_commune_s_editor_reads_its_own_pages_usefulness_but_moderates_no_draft_comment(client, two_units):
    a = two_units.a
    client.force_login(a.editor)

    report = client.get("/admin/participation_page_usefulness/", HTTP_HOST=a.host)
    comments = client.get("/admin/snippets/participation/draftcomment/", HTTP_HOST=a.host)

    assert report.status_code == 200
    assert f"Dự thảo {a.secret}" in report.content.decode()
    assert comments.status_code in REFUSED


def test_nobody_writes_a_reader_s_comment_on_a_draft_in_the_admin(admin_client, client, two_units):
    add = "/admin/snippets/participation/draftcomment/add/"
    assert admin_client.get(add, HTTP_HOST=two_units.a.host).status_code in REFUSED
    for role in ROLES:
        client.force_login(getattr(two_units.a, role))
        assert client.get(add, HTTP_HOST=two_units.a.host).status_code in REFUSED, role


def test_a_commune_s_approver_warns_its_own_readers_and_no_one_else_s(client, two_units):
    a, b = two_units.a, two_units.b
    client.force_login(a.approver)
    now = timezone.localtime()
    notice = {
        "severity": "emergency",
        "title": "Mất điện toàn xã chiều nay",
        "message": "Điện lực cắt điện từ 14 giờ đến 17 giờ để sửa đường dây.",
        "starts_at": f"{now - datetime.timedelta(minutes=5):%d/%m/%Y %H:%M}",
        "ends_at": f"{now + datetime.timedelta(hours=5):%d/%m/%Y %H:%M}",
        "title_en": "",
        "message_en": "",
    }

    posted = client.post(
        "/admin/snippets/alerts/urgentnotice/add/", {**notice, "site": a.site.pk}, HTTP_HOST=a.host
    )
    refused = client.post(
        "/admin/snippets/alerts/urgentnotice/add/",
        {**notice, "site": b.site.pk, "title": "Cảnh báo giả cho xã bên"},
        HTTP_HOST=a.host,
    )

    assert posted.status_code == 302
    assert refused.status_code == 200 and INVALID_CHOICE in refused.content.decode()
    assert not UrgentNotice.objects.filter(title="Cảnh báo giả cho xã bên").exists()
    assert "Mất điện toàn xã chiều nay" in client.get("/", HTTP_HOST=a.host).content.decode()
    assert "Mất điện toàn xã chiều nay" not in client.get("/", HTTP_HOST=b.host).content.decode()


def test_a_commune_s_editor_adds_its_own_author_and_cannot_sign_with_another_commune_s(client, two_units):
    a, b = two_units.a, two_units.b
    article = a.objects["article"]
    client.force_login(a.editor)

    added = client.post(
        "/admin/snippets/news/author/add/",
        {"site": a.site.pk, "name": "Lê Thu Trang", "slug": "le-thu-trang", "role": "Cộng tác viên"},
        HTTP_HOST=a.host,
    )
    edit_url = f"/admin/pages/{article.pk}/edit/"
    signed = client.post(
        edit_url, admin_form(client, edit_url, host=a.host, author=b.objects["author"].pk), HTTP_HOST=a.host
    )

    assert added.status_code == 302
    assert Author.objects.get(slug="le-thu-trang").site == a.site
    assert "Hãy chọn một tác giả của trang web này." in signed.content.decode()
    article.refresh_from_db()
    assert article.author == a.objects["author"]


def test_a_commune_s_author_has_an_archive_on_its_own_site_only(client, two_units):
    a, b = two_units.a, two_units.b

    own = client.get(f"/tin-tuc/tac-gia/{a.objects['author'].slug}/", HTTP_HOST=a.host)
    stranger = client.get(f"/tin-tuc/tac-gia/{b.objects['author'].slug}/", HTTP_HOST=a.host)

    assert own.status_code == 200 and f"Tin {a.secret} về chợ phiên" in own.content.decode()
    assert stranger.status_code == 404


def test_a_commune_s_approver_reads_its_own_things_in_the_site_history(client, two_units):
    a = two_units.a
    client.force_login(a.approver)

    history = client.get("/admin/reports/site-history/", HTTP_HOST=a.host).content.decode()

    for thing in ("person", "schedule_entry", "image"):
        assert str(a.objects[thing]) in history, thing


def test_a_link_chooses_another_commune_s_published_page_but_not_its_draft(client, two_units):
    a, b = two_units.a, two_units.b
    category = b.objects["article"].get_parent()
    draft = ArticlePageFactory(parent=category, title="Bản nháp chưa đăng của xã bên", live=False)
    client.force_login(a.editor)

    listed = client.get(f"/admin/choose-page/{category.pk}/", HTTP_HOST=a.host).json()["html"]
    found = client.get("/admin/choose-page/search/", {"q": "nháp"}, HTTP_HOST=a.host).content.decode()

    assert b.objects["article"].title in listed
    assert draft.title not in listed, "browsing the section"
    assert draft.title not in found, "searching"


def test_a_commune_s_editor_enters_a_week_but_only_its_approver_deletes_from_it(client, two_units):
    a = two_units.a
    entry = a.objects["schedule_entry"]
    schedule = entry.schedule
    week = f"{entry.date:%G-W%V}"
    url = f"/admin/schedule/week/?schedule={schedule.pk}&week={week}"
    row = {"id": entry.pk, "date": entry.date.isoformat(), "start_time": "08:00", "content": entry.content}

    client.force_login(a.editor)
    table = client.get(url, HTTP_HOST=a.host)
    kept = client.post(url, week_table([], [{**row, "DELETE": "on"}]), HTTP_HOST=a.host)
    assert table.status_code == 200
    assert "row-0-DELETE" not in table.content.decode()
    assert kept.status_code == 302
    assert ScheduleEntry.objects.filter(pk=entry.pk).exists()

    client.force_login(a.approver)
    assert "row-0-DELETE" in client.get(url, HTTP_HOST=a.host).content.decode()
    deleted = client.post(url, week_table([], [{**row, "DELETE": "on"}]), HTTP_HOST=a.host)
    assert deleted.status_code == 302
    assert not ScheduleEntry.objects.filter(pk=entry.pk).exists()


def test_another_commune_s_site_department_schedule_or_leader_posted_by_id_is_refused(client, two_units):
    a, b = two_units.a, two_units.b
    client.force_login(a.editor)
    b_schedule = SchedulePage.objects.child_of(b.home).get()
    posts = [
        ("/admin/snippets/organisation/department/add/", {"site": b.site.pk, "name": "Phòng lạ"}),
        (
            "/admin/snippets/organisation/department/add/",
            {"site": a.site.pk, "name": "Phòng lạ", "parent": b.objects["department"].pk},
        ),
        (
            "/admin/snippets/organisation/person/add/",
            {"site": a.site.pk, "full_name": "Người lạ", "title": "Công chức", "role": "official"}
            | {"department": b.objects["department"].pk},
        ),
        (
            "/admin/schedule/add/",
            {"schedule": b_schedule.pk, "date": "02/12/2026", "start_time": "08:00", "content": "Họp lạ"},
        ),
        (
            "/admin/schedule/add/",
            {"schedule": SchedulePage.objects.child_of(a.home).get().pk, "date": "02/12/2026"}
            | {"start_time": "08:00", "content": "Họp lạ", "leaders": [b.objects["leader"].pk]},
        ),
    ]
    for url, data in posts:
        response = client.post(url, {"sort_order": "0", **data}, HTTP_HOST=a.host)
        assert response.status_code == 200, (url, data)
        assert INVALID_CHOICE in response.content.decode(), (url, data)

    assert not Department.objects.filter(name="Phòng lạ").exists()
    assert not Person.objects.filter(full_name="Người lạ").exists()
    assert not ScheduleEntry.objects.filter(content="Họp lạ").exists()


def test_the_groups_of_a_unit_made_earlier_get_what_a_new_unit_s_groups_get(portal):
    unit = build_unit_site("Xã Lập Trước", "xã", "xa-lap-truoc.example:80").unit
    granted = {group: set(group.permissions.all()) for group in (unit.editors, unit.approvers)}
    for group in granted:
        group.permissions.set(group.permissions.filter(codename__in=["access_admin", "moderate_comments"]))

    for migration in (
        "0003_unit_groups_handle_their_sections",
        "0004_unit_groups_moderate_drafts_and_read_votes",
        "0005_unit_approvers_post_urgent_notices",
        "0006_unit_groups_keep_their_authors",
    ):
        import_module(f"units.migrations.{migration}").grant(apps, None)

    for group, permissions in granted.items():
        assert set(group.permissions.all()) == permissions, group.name
