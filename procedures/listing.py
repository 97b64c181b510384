"""The public list's filters, read from the URL.

The words typed are looked up in the site search's index (search.engine.matching_ids):
a procedure is found here by what finds it at /tim-kiem/, each word as the start of a
word, diacritics aside.

A value that names nothing (?cap=abc, ?linh_vuc=khong-co) is dropped with a message:
the reader still gets a list, never an error page. Each filter offers only the values
that would give results with the other filters as they are, with their counts. Four
queries whatever the filters and however many procedures: the agencies and the fields
with their counts, the levels' and online levels' counts, one page."""

import dataclasses
import re
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from search.engine import matching_ids

from .models.catalogue import LEVEL_FIELDS, Agency, Level, OnlineLevel, Procedure, ProcedureField

MAX_QUERY_LENGTH = 100
SLUG = re.compile(r"[-a-zA-Z0-9_]+")


@dataclass
class ProcedureFilters:
    query: str = ""
    field: ProcedureField = None
    level: str = ""
    agency: Agency = None
    online_level: str = ""
    ignored: list = dataclasses.field(default_factory=list)

    def condition(self, prefix="", without=None):
        """Every filter, or all but the one named `without` (to count that one's values)."""
        condition = Q()
        found = matching_ids(Procedure, self.query)
        if found is not None:
            condition &= Q(**{f"{prefix}pk__in": found})
        if self.field and without != "field":
            condition &= Q(**{f"{prefix}field": self.field})
        if self.level and without != "level":
            condition &= Q(**{f"{prefix}{LEVEL_FIELDS[self.level]}": True})
        if self.agency and without != "agency":
            condition &= Q(**{f"{prefix}agency": self.agency})
        if self.online_level and without != "online_level":
            condition &= Q(**{f"{prefix}online_level": self.online_level})
        return condition

    @property
    def is_filtering(self):
        return bool(
            matching_ids(Procedure, self.query) is not None
            or self.field
            or self.level
            or self.agency
            or self.online_level
        )


FILTER_LABELS = {
    "linh_vuc": pgettext_lazy("procedure", "Field"),
    "cap": _("Level"),
    "co_quan": _("Agency"),
    "truc_tuyen": _("Online public service"),
}


def _choice(request, name, choices, filters):
    value = request.GET.get(name, "").strip()
    if not value:
        return None
    if value in choices:
        return choices[value]
    filters.ignored.append(
        _("“%(value)s” is not a valid choice for “%(filter)s”, so that filter was ignored.")
        % {"value": value[:40], "filter": FILTER_LABELS[name]}
    )
    return None


def _counted(model, filters, facet):
    """The entries of a list (fields, agencies) with `procedure_count`: how many
    procedures the other filters leave in each."""
    counted = filters.condition(prefix="procedures__", without=facet)
    return model.sorted_for_readers(
        model.objects.annotate(procedure_count=Count("procedures", filter=counted if counted else None))
    )


@dataclass
class FacetValue:
    value: str
    label: str
    count: int


@dataclass
class ProcedureListing:
    filters: ProcedureFilters
    fields: list
    agencies: list
    levels: list = dataclasses.field(default_factory=list)
    online_levels: list = dataclasses.field(default_factory=list)

    @classmethod
    def from_request(cls, request, default_level=""):
        """default_level: the level shown when the reader chose none (?cap= absent);
        ?cap= empty shows every level."""
        filters = ProcedureFilters(query=request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH])
        filters.level = _choice(request, "cap", {level.value: level.value for level in Level}, filters) or ""
        if "cap" not in request.GET:
            filters.level = default_level
        filters.online_level = (
            _choice(request, "truc_tuyen", {level.value: level.value for level in OnlineLevel}, filters) or ""
        )
        # Read before any count: each count depends on the other filters.
        # Only a slug is looked up (PostgreSQL refuses a NUL in a query); anything else is
        # refused below as an unknown value.
        agency = request.GET.get("co_quan", "").strip()
        field = request.GET.get("linh_vuc", "").strip()
        filters.agency = Agency.objects.filter(slug=agency).first() if SLUG.fullmatch(agency) else None
        filters.field = ProcedureField.objects.filter(slug=field).first() if SLUG.fullmatch(field) else None
        agencies = _counted(Agency, filters, "agency")
        fields = _counted(ProcedureField, filters, "field")
        filters.agency = _choice(request, "co_quan", {item.slug: item for item in agencies}, filters)
        filters.field = _choice(request, "linh_vuc", {item.slug: item for item in fields}, filters)
        search = cls(filters=filters, fields=fields, agencies=agencies)
        search.count_levels()
        return search

    def count_levels(self):
        """The levels' and online levels' counts, in one query."""
        by_level, by_online = (
            self.filters.condition(without="level"),
            self.filters.condition(without="online_level"),
        )
        counts = Procedure.objects.aggregate(
            **{
                f"level_{level.value}": Count("pk", filter=by_level & Q(**{attribute: True}))
                for level, attribute in LEVEL_FIELDS.items()
            },
            **{
                f"online_{level.value}": Count("pk", filter=by_online & Q(online_level=level))
                for level in OnlineLevel
            },
        )
        self.levels = [
            FacetValue(level.value, level.label, counts[f"level_{level.value}"]) for level in Level
        ]
        self.online_levels = [
            FacetValue(level.value, level.label, counts[f"online_{level.value}"]) for level in OnlineLevel
        ]

    @staticmethod
    def offered(values, chosen):
        """Values that give results, and the one chosen even if it gives none now."""
        return [item for item in values if item.count or item.value == chosen]

    @property
    def offered_levels(self):
        return self.offered(self.levels, self.filters.level)

    @property
    def offered_online_levels(self):
        return self.offered(self.online_levels, self.filters.online_level)

    @property
    def offered_agencies(self):
        return [item for item in self.agencies if item.procedure_count or item == self.filters.agency]

    @property
    def offered_fields(self):
        return [item for item in self.fields if item.procedure_count or item == self.filters.field]

    def procedures(self):
        return Procedure.objects.for_listing().filter(self.filters.condition())

    @property
    def total(self):
        """From the per-field counts already fetched: no COUNT over the whole list."""
        if self.filters.field:
            return next(item.procedure_count for item in self.fields if item.pk == self.filters.field.pk)
        return sum(item.procedure_count for item in self.fields)
