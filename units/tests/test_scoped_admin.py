"""Commune A's editor and approver keep A's people, departments, schedule entries, comments
and residents' messages in the admin; every address of one of commune B's answers 403 or
404, and no list, filter, form or chooser of A's admin offers anything of B's. The
addresses are in units/tests/isolation.py; each test walks them all on one pair of
communes (building the pair is what costs)."""

from importlib import import_module

import pytest
from django.apps import apps

from comments.models import ArticleComment
from organisation.models import Department, Person
from schedule.models import ScheduleEntry, SchedulePage
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

    import_module("units.migrations.0003_unit_groups_handle_their_sections").grant(apps, None)

    for group, permissions in granted.items():
        assert set(group.permissions.all()) == permissions, group.name
