"""What was published for each period of a year, and what is missing.

A kind of disclosure expects some periods (DisclosureKind.expected_periods); once the
deadline of an expected period has passed, and it lies in a year the unit tracks
(DisclosureIndexPage.tracked_since), a missing disclosure is flagged: on the public
period view, and to editors in the admin (admin_views). Built from two queries, the
kinds and the year's disclosures, whatever their number."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import pgettext_lazy
from wagtail.models import Page

from core.lists import NamedListItem
from core.pages import in_public_section, pages_of_type

from .listing import public_disclosures
from .models.entries import DisclosurePage
from .models.kinds import DisclosureKind
from .periods import Period, periods_of


class State:
    PUBLISHED = "da-cong-khai"
    MISSING = "thieu"
    NOT_DUE = "chua-den-han"
    LABELS = {
        PUBLISHED: pgettext_lazy("disclosure state", "Published"),
        MISSING: pgettext_lazy("disclosure state", "Missing"),
        NOT_DUE: pgettext_lazy("disclosure state", "Not yet due"),
    }


@dataclass
class Line:
    """One kind of disclosure in one period."""

    kind: DisclosureKind
    period: Period
    disclosures: list
    expected: bool
    deadline: object = None
    state: str = ""

    @property
    def state_label(self):
        return State.LABELS[self.state]


@dataclass
class PeriodLines:
    period: Period
    lines: list = field(default_factory=list)

    @property
    def missing(self):
        return [line for line in self.lines if line.state == State.MISSING]


def lines_for_period(period, kinds, found, tracked_since, today):
    """`found`: {(kind pk, year, period kind): [disclosures]}."""
    lines = []
    for kind in kinds:
        disclosures = found.get((kind.pk, period.year, period.kind), [])
        expected = period in kind.expected_periods(period.year)
        if not (expected or disclosures):
            continue
        deadline = kind.deadline(period) if expected else None
        if disclosures:
            state = State.PUBLISHED
        elif deadline < today and period.year >= tracked_since:
            state = State.MISSING
        else:
            state = State.NOT_DUE
        lines.append(Line(kind, period, disclosures, expected, deadline, state))
    return lines


def disclosures_by_period(disclosures):
    found = defaultdict(list)
    for disclosure in disclosures:
        found[(disclosure.kind_id, disclosure.year, disclosure.period)].append(disclosure)
    return found


@dataclass
class YearChecklist:
    year: int
    periods: list

    @classmethod
    def for_index(cls, index, year, section="", today=None):
        today = today or timezone.localdate()
        kinds = DisclosureKind.objects.all()
        if section:
            kinds = kinds.filter(section=section)
        kinds = NamedListItem.sorted_for_readers(kinds)
        disclosures = public_disclosures(index).filter(year=year).order_by("pk")
        found = disclosures_by_period(disclosures)
        periods = [
            PeriodLines(period, lines_for_period(period, kinds, found, index.tracked_since, today))
            for period in periods_of(year)
        ]
        return cls(year=year, periods=periods)

    @property
    def missing_count(self):
        return sum(len(period.missing) for period in self.periods)


def public_disclosures_of(indexes):
    """The published disclosures of several indexes in one query, each with the `parent_path`
    of its index (a path range per index would make a condition per index)."""
    parent_path = Substr("path", 1, Length("path") - Page.steplen)
    return (
        pages_of_type(DisclosurePage)
        .live()
        .filter(in_public_section())
        .annotate(parent_path=parent_path)
        .filter(parent_path__in=[index.path for index in indexes])
    )


def missing_disclosures(indexes, today=None):
    """[(disclosures page, its missing lines)]: every expected disclosure of each page's
    tracked years that is past its deadline and not published, oldest period first: the
    unit's checklist. Three queries whatever the number of pages: a province's editors
    follow all its communes."""
    today = today or timezone.localdate()
    if not indexes:
        return []
    kinds = NamedListItem.sorted_for_readers(DisclosureKind.objects.all())
    first_year = min(index.tracked_since for index in indexes)
    disclosures = public_disclosures_of(indexes).filter(year__range=(first_year, today.year))
    found_by_index = defaultdict(list)
    for disclosure in disclosures:
        found_by_index[disclosure.parent_path].append(disclosure)
    checklists = []
    for index in indexes:
        found = disclosures_by_period(found_by_index[index.path])
        years = range(index.tracked_since, today.year + 1)
        missing = [
            line
            for year in years
            for period in periods_of(year)
            for line in lines_for_period(period, kinds, found, index.tracked_since, today)
            if line.state == State.MISSING
        ]
        checklists.append((index, missing))
    return checklists
