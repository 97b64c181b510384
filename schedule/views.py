"""The schedule page's views: a week, a leader's week, its print layout and the iCal feeds.

The week and the leader travel in the query string (?tuan=2026-W49&lanh_dao=3), so one
PURGE of each path drops every copy the front cache keeps (SchedulePage.get_cached_paths)."""

import datetime
from dataclasses import dataclass, field

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.models import Site

from core.parameters import QueryParameters

from . import ical
from .people import leader_of_site, leaders_in
from .weeks import BadWeek, Week, weekday_name

WEEK_PARAMETER = "tuan"
LEADER_PARAMETER = "lanh_dao"
# The feed carries the recent past and what is planned: a calendar app keeps what it read before.
FEED_WEEKS_BACK = 8
FEED_WEEKS_AHEAD = 52


@dataclass
class ScheduleQuery:
    """What the address asks for: a week and perhaps one leader, or the reasons it cannot be shown."""

    week: Week
    leader: object = None
    errors: list = field(default_factory=list)

    @classmethod
    def from_request(cls, request, site):
        labels = {
            WEEK_PARAMETER: pgettext("schedule", "Week"),
            LEADER_PARAMETER: pgettext("schedule", "Leader"),
        }
        parameters = QueryParameters(request, labels)
        query = cls(week=Week.containing(timezone.localdate()), errors=parameters.errors)
        week = parameters.single(WEEK_PARAMETER)
        if week:
            try:
                query.week = Week.parse(week)
            except BadWeek as error:
                query.errors.append(str(error))
        leader = parameters.single(LEADER_PARAMETER)
        if leader:
            query.leader = leader_of_site(leader, site)
            if query.leader is None:
                query.errors.append(_("This unit's schedule has no such leader."))
        return query

    def parameters(self, week=None):
        parameters = {WEEK_PARAMETER: str(week or self.week)}
        if self.leader is not None:
            parameters[LEADER_PARAMETER] = self.leader.pk
        return parameters


def entries_of(schedule, first_day, last_day, leader=None):
    entries = schedule.entries.filter(date__range=(first_day, last_day))
    if leader is not None:
        entries = entries.filter(leaders=leader)
    return entries.prefetch_related("leaders")


@dataclass
class Day:
    date: datetime.date
    name: str
    entries: list
    is_today: bool


def week_days(entries, week):
    today = timezone.localdate()
    by_date = {}
    for entry in entries:
        by_date.setdefault(entry.date, []).append(entry)
    return [Day(day, weekday_name(day), by_date.get(day, []), day == today) for day in week.days()]


def site_of(request):
    """The site the schedule is read on, which is the schedule's own (Wagtail routes a
    request through its site's tree only) and already known to the request."""
    return Site.find_for_request(request)


def week_view(request, schedule, template=None):
    site = site_of(request)
    query = ScheduleQuery.from_request(request, site)
    this_week = Week.containing(timezone.localdate())
    context = {"query": query, "this_week": this_week, "leaders": leaders_in(schedule, site)}
    if not query.errors:
        week = query.week
        entries = entries_of(schedule, week.monday, week.sunday, query.leader)
        context.update(
            days=week_days(entries, week),
            previous_week=week.shifted(-1),
            next_week=week.shifted(1),
            canonical_url=schedule.get_full_url(request),
        )
    response = schedule.render(request, template=template, context_overrides=context)
    if query.errors:
        response.status_code = 400
    return response


def ical_feed(request, schedule):
    site = site_of(request)
    query = ScheduleQuery.from_request(request, site)
    if query.errors or request.GET.get(WEEK_PARAMETER):
        message = query.errors or [_("The calendar feed takes no week: it carries every week.")]
        return HttpResponse("\n".join(message), status=400, content_type="text/plain; charset=utf-8")
    start = query.week.monday - datetime.timedelta(weeks=FEED_WEEKS_BACK)
    end = query.week.monday + datetime.timedelta(weeks=FEED_WEEKS_AHEAD)
    entries = entries_of(schedule, start, end, query.leader)
    calendar_name = schedule.title if query.leader is None else f"{schedule.title} – {query.leader}"
    body = ical.calendar(
        entries,
        name=calendar_name,
        uid_domain=site.hostname,
        page_url=schedule.get_full_url(request),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{schedule.slug}.ics"'
    return response
