"""`make run` shows this week's sample schedule, whatever the day the demo is loaded."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from demo.schedule.loader import load_schedule_demo
from organisation.models import Person
from schedule.models import ScheduleEntry
from schedule.weeks import Week

from .factories import LeaderFactory

pytestmark = pytest.mark.django_db


def test_the_demo_fills_the_current_week_with_sample_entries(client, portal):
    load_schedule_demo(portal.home, io.StringIO())

    week = Week.containing(timezone.localdate())
    entries = ScheduleEntry.objects.all()
    assert entries.count() == 7
    assert all(week.monday <= entry.date <= week.sunday for entry in entries)
    assert all("(lịch mẫu)" in entry.content for entry in entries)
    assert all("nhân vật mẫu" in person.title for person in Person.objects.all())
    content = client.get("/lich-cong-tac/").content.decode()
    assert "Giao ban lãnh đạo UBND đầu tuần (lịch mẫu)" in content
    assert "lịch mẫu" in content


def test_loading_again_keeps_what_is_there(portal):
    load_schedule_demo(portal.home, io.StringIO())
    load_schedule_demo(portal.home, io.StringIO())

    assert ScheduleEntry.objects.count() == 7
    assert Person.objects.count() == 2


def test_the_organisation_demos_leaders_are_used_when_there_are_some(portal):
    chairman = LeaderFactory(site=portal.site, full_name="Chủ Tịch Mẫu", sort_order=1)
    deputy = LeaderFactory(site=portal.site, full_name="Phó Chủ Tịch Mẫu", sort_order=2)

    load_schedule_demo(portal.home, io.StringIO())

    assert Person.objects.count() == 2
    assert set(Person.objects.filter(schedule_entries__isnull=False)) == {chairman, deputy}


def test_the_demo_command_loads_the_schedule_with_the_organisation_demos_leaders(client, db):
    call_command("load_demo_content", "--no-admin", stdout=io.StringIO())

    response = client.get("/lich-cong-tac/")
    assert response.status_code == 200
    assert ScheduleEntry.objects.count() == 7
    named = Person.objects.filter(schedule_entries__isnull=False).distinct()
    assert named.count() == 2
    assert all(person.role == "leader" for person in named)
    assert not Person.objects.filter(title__contains="nhân vật mẫu").exists()
