"""What was published for each period of a year, and what is missing.

A kind of disclosure expects some periods (DisclosureKind.expected_periods); once the
deadline of an expected period has passed, and it lies in a year the unit tracks
(DisclosureIndexPage.tracked_since), a missing disclosure is flagged: on the public
period view, and to editors in the admin (admin_views). Built from two queries, the
kinds and the year's disclosures, whatever their number."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import pgettext_lazy

from core.lists import NamedListItem

from .listing import public_disclosures
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


def missing_disclosures(index, today=None):
    """Every expected disclosure of the tracked years that is past its deadline and not
    published, oldest period first: the unit's checklist."""
    today = today or timezone.localdate()
    kinds = NamedListItem.sorted_for_readers(DisclosureKind.objects.all())
    years = range(index.tracked_since, today.year + 1)
    found = disclosures_by_period(public_disclosures(index).filter(year__in=years))
    return [
        line
        for year in years
        for period in periods_of(year)
        for line in lines_for_period(period, kinds, found, index.tracked_since, today)
        if line.state == State.MISSING
    ]
