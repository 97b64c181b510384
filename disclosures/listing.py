"""The disclosures' list and period view: filters read from the URL.

Every parameter is checked: a value that names nothing (?muc=khong-co, ?nam=abc) is
refused with a Vietnamese message and status 400, and the page is still shown with the
other filters. The number of queries depends neither on how many disclosures there are
nor on the filters."""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.lists import NamedListItem
from core.pages import children_of, in_public_section
from core.parameters import QueryParameters

from .models.entries import DisclosurePage
from .models.kinds import DisclosureKind, Section
from .periods import MAX_YEAR, MIN_YEAR, PeriodKind

LABELS = {
    "muc": pgettext_lazy("disclosure", "Section"),
    "loai": _("Kind of disclosure"),
    "nam": pgettext_lazy("period", "Year"),
    "ky": pgettext_lazy("disclosure", "Period"),
}


def public_disclosures(index):
    """The index's published disclosures that anyone may read (a restricted section is rare
    and a unit has dozens of disclosures a year: the condition costs nothing that matters)."""
    return children_of(index, DisclosurePage).live().filter(in_public_section())


@dataclass
class DisclosureFilters:
    """?muc=&loai=&nam=&ky=&page= of the list."""

    index: object
    section: str = ""
    kind: object = None
    year: int | None = None
    period: str = ""
    kinds: list = field(default_factory=list)
    years: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    sections = Section.choices
    periods = PeriodKind.choices

    @classmethod
    def from_request(cls, request, index):
        parameters = QueryParameters(request, LABELS)
        kinds = NamedListItem.sorted_for_readers(DisclosureKind.objects.all())
        by_slug = {kind.slug: kind for kind in kinds}
        filters = cls(
            index=index,
            section=parameters.choice("muc", Section.values),
            kind=by_slug.get(parameters.choice("loai", by_slug)),
            year=parameters.year("nam", MIN_YEAR, MAX_YEAR),
            period=parameters.choice("ky", PeriodKind.values),
            kinds=kinds,
        )
        parameters.page_number()  # only checked here: the paginator reads it again
        years = public_disclosures(index).order_by("-year").values_list("year", flat=True).distinct()
        filters.years = sorted(set(years) | ({filters.year} if filters.year else set()), reverse=True)
        filters.errors = parameters.errors
        return filters

    @property
    def is_filtering(self):
        return bool(self.section or self.kind or self.year or self.period)

    def disclosures(self):
        condition = Q()
        if self.section:
            condition &= Q(kind__section=self.section)
        if self.kind:
            condition &= Q(kind=self.kind)
        if self.year:
            condition &= Q(year=self.year)
        if self.period:
            condition &= Q(period=self.period)
        return (
            public_disclosures(self.index)
            .filter(condition)
            .select_related("kind")
            .order_by("-period_end", "kind__name", "-pk")
        )


@dataclass
class PeriodFilters:
    """?nam=&muc= of the period view: one year, all sections or one."""

    year: int
    section: str = ""
    errors: list = field(default_factory=list)

    sections = Section.choices

    @classmethod
    def from_request(cls, request, index):
        parameters = QueryParameters(request, LABELS)
        filters = cls(
            year=parameters.year("nam", MIN_YEAR, MAX_YEAR, default=timezone.localdate().year),
            section=parameters.choice("muc", Section.values),
        )
        filters.errors = parameters.errors
        return filters

    @property
    def previous_year(self):
        return self.year - 1 if self.year > MIN_YEAR else None

    @property
    def next_year(self):
        return self.year + 1 if self.year < MAX_YEAR else None
