"""The schedule part of the demo portal: a schedule page and a sample week, the week the
demo is loaded in, so that the page always shows something.

Safe to run again: a week that already has entries is kept as it is."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from core.demo import child
from organisation.models import Person, Role
from schedule.models import ScheduleEntry, SchedulePage
from schedule.weeks import Week

from .content import INTRO, SAMPLE_LEADERS, SAMPLE_MARK, SAMPLE_WEEK


def _time(text):
    return datetime.time.fromisoformat(text) if text else None


def sample_leaders(site):
    """The site's leaders from the organisation demo, or invented ones marked as sample."""
    leaders = list(Person.objects.filter(site=site, role=Role.LEADER)[: len(SAMPLE_LEADERS)])
    for full_name, title in SAMPLE_LEADERS[len(leaders) :]:
        person, _created = Person.objects.get_or_create(
            site=site, full_name=full_name, defaults={"title": title, "role": Role.LEADER}
        )
        leaders.append(person)
    return leaders


def load_schedule_demo(home, stdout):
    schedule, _created = child(
        home, SchedulePage, "Lịch công tác", slug="lich-cong-tac", intro=INTRO, show_in_menus=True
    )
    week = Week.containing(timezone.localdate())
    if schedule.entries.filter(date__range=(week.monday, week.sunday)).exists():
        stdout.write(_("Schedule: week %(week)s already has entries.") % {"week": week})
        return schedule
    leaders = sample_leaders(schedule.get_site())
    for day, start, end, content, leader_numbers, place, participants, preparing_unit in SAMPLE_WEEK:
        entry = ScheduleEntry.objects.create(
            schedule=schedule,
            date=week.days()[day],
            start_time=_time(start),
            end_time=_time(end),
            content=f"{content} {SAMPLE_MARK}",
            place=place,
            participants=participants,
            preparing_unit=preparing_unit,
        )
        entry.leaders.set([leaders[number] for number in leader_numbers])
    stdout.write(
        _("Schedule: %(count)d sample entries in week %(week)s.") % {"count": len(SAMPLE_WEEK), "week": week}
    )
    return schedule
