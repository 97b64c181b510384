"""Importing a week (or more) of the schedule from a spreadsheet, with a report of each row.

The machinery and discipline of the procedures' importer (procedures.spreadsheets.importing,
procedures.spreadsheets.tables): each row is checked on its own and refused with its reasons; an entry
of the schedule with the same day, start time and content is updated, not duplicated;
leaders are named as the unit's people are (full name, diacritics optional)."""

import datetime
import re

from django.db import transaction
from django.utils.translation import gettext as _

from core.text import fold
from procedures.spreadsheets import cells
from procedures.spreadsheets.importing import Importer
from procedures.spreadsheets.tables import Column

from .models import ScheduleEntry
from .people import people_of_site
from .weeks import FIRST_YEAR, LAST_YEAR

TIME_PATTERN = re.compile(r"(\d{1,2})\s*[:hg]\s*(\d{2})?", re.IGNORECASE)


def parse_time(value):
    """07:30, 7h30, 7g, 14:00; a spreadsheet's time as it is."""
    if isinstance(value, datetime.time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, datetime.datetime):
        return value.time().replace(second=0, microsecond=0)
    raw = cells.text(value)
    if not raw:
        return None
    match = TIME_PATTERN.fullmatch(raw)
    if match and int(match[1]) < 24 and int(match[2] or 0) < 60:
        return datetime.time(int(match[1]), int(match[2] or 0))
    raise cells.CellError(_("“%(value)s” is not a time written as hh:mm") % {"value": raw[:20]})


def parse_day(value):
    day = cells.parse_date(value)
    if day is None:
        raise cells.CellError(_("the date is empty"))
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise cells.CellError(
            _("the schedule covers the years %(first)s to %(last)s")
            % {"first": FIRST_YEAR, "last": LAST_YEAR}
        )
    return day


def parse_names(value):
    return [name.strip() for name in re.split(r"[;\n]", cells.text(value)) if name.strip()]


def required_time(value):
    time = parse_time(value)
    if time is None:
        raise cells.CellError(_("the start time is empty"))
    return time


# The spreadsheet's headings: Vietnamese, as the unit's office writes them.
HEADINGS = {
    "date": "Ngày",
    "start_time": "Giờ bắt đầu",
    "end_time": "Giờ kết thúc",
    "content": "Nội dung",
    "leaders": "Lãnh đạo",
    "place": "Địa điểm",
    "participants": "Thành phần",
    "preparing_unit": "Đơn vị chuẩn bị",
}
SCHEDULE_COLUMNS = [
    Column(HEADINGS["date"], "date", parse_day, required=True, aliases=("Ngày tháng",)),
    Column(HEADINGS["start_time"], "start_time", required_time, required=True, aliases=("Giờ", "Thời gian")),
    Column(HEADINGS["end_time"], "end_time", parse_time, aliases=("Kết thúc",)),
    Column(
        HEADINGS["content"],
        "content",
        cells.required_text(2000),
        required=True,
        aliases=("Nội dung công việc",),
    ),
    Column(HEADINGS["leaders"], "leaders", parse_names, aliases=("Lãnh đạo chủ trì", "Chủ trì")),
    Column(HEADINGS["place"], "place", cells.limited_text(255)),
    Column(
        HEADINGS["participants"], "participants", cells.limited_text(1000), aliases=("Thành phần tham dự",)
    ),
    Column(HEADINGS["preparing_unit"], "preparing_unit", cells.limited_text(255), aliases=("Chuẩn bị",)),
]


class ScheduleImporter(Importer):
    columns = SCHEDULE_COLUMNS

    def __init__(self, schedule, site):
        self.schedule = schedule
        self.labels = {}
        self.people = {}
        for person in people_of_site(site):
            self.people.setdefault(fold(person.full_name), person)

    def row_key(self, values, row_cells):
        if not values.get("date") or not values.get("start_time") or not values.get("content"):
            return ""
        key = (values["date"], values["start_time"], fold(values["content"]))
        self.labels.setdefault(
            key, f"{values['date']:%d/%m/%Y} {values['start_time']:%H:%M} {values['content'][:60]}"
        )
        return key

    def describe_key(self, key):
        if not key:
            return _("A row without a date, time or content")
        return self.labels.get(key) or f"{key[0]:%d/%m/%Y} {key[1]:%H:%M}"

    def row_errors(self, values):
        reasons = []
        start, end = values.get("start_time"), values.get("end_time")
        if start and end and end <= start:
            reasons.append(_("the end time must come after the start time"))
        names = values.get("leaders") or []
        unknown = [name for name in names if fold(name) not in self.people]
        if unknown:
            reasons.append(
                _("%(column)s: not a person of this unit: %(names)s")
                % {"column": HEADINGS["leaders"], "names": ", ".join(unknown)}
            )
        values["leaders"] = [self.people[fold(name)] for name in names if fold(name) in self.people]
        return reasons

    def save(self, rows, present, report, *, dry_run, progress):
        # Only the days the file covers can hold an entry of the same day, time and content:
        # the schedule's years of history stay unread.
        days = {key[0] for key in rows if key}
        existing = {
            (entry.date, entry.start_time, fold(entry.content)): entry
            for entry in self.schedule.entries.filter(date__in=days).prefetch_related("leaders")
        }
        changes = []
        for key, (_number, values) in rows.items():
            entry = existing.get(key)
            label = self.describe_key(key)
            if entry is not None and not self._differs(entry, values):
                report.unchanged.append(label)
                continue
            changes.append((entry, values))
            (report.updated if entry else report.created).append(label)
        if dry_run:
            return
        with transaction.atomic():
            for entry, values in changes:
                entry = entry or ScheduleEntry(schedule=self.schedule)
                for name, value in values.items():
                    if name != "leaders":
                        setattr(entry, name, value)
                entry.save()
                if "leaders" in values:
                    entry.leaders.set(values["leaders"])

    @staticmethod
    def _differs(entry, values):
        for name, value in values.items():
            if name == "leaders":
                if {person.pk for person in value} != {person.pk for person in entry.leaders.all()}:
                    return True
            elif getattr(entry, name) != value:
                return True
        return False
