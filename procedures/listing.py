"""The public list's filters, read from the URL.

A value that names nothing (?cap=abc, ?linh_vuc=khong-co) is dropped with a message:
the reader still gets a list, never an error page. Three queries whatever the filters
and however many procedures: the agencies, the fields with their counts, one page."""

import dataclasses
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.text_search import query_words, text_condition

from .models.catalogue import LEVEL_FIELDS, Agency, Level, OnlineLevel, Procedure, ProcedureField

MAX_QUERY_LENGTH = 100


@dataclass
class ProcedureFilters:
    query: str = ""
    field: ProcedureField = None
    level: str = ""
    agency: Agency = None
    online_level: str = ""
    ignored: list = dataclasses.field(default_factory=list)

    def condition(self, prefix="", with_field=True):
        condition = text_condition(self.query, prefix)
        if with_field and self.field:
            condition &= Q(**{f"{prefix}field": self.field})
        if self.level:
            condition &= Q(**{f"{prefix}{LEVEL_FIELDS[self.level]}": True})
        if self.agency:
            condition &= Q(**{f"{prefix}agency": self.agency})
        if self.online_level:
            condition &= Q(**{f"{prefix}online_level": self.online_level})
        return condition

    @property
    def is_filtering(self):
        return bool(query_words(self.query) or self.field or self.level or self.agency or self.online_level)


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


@dataclass
class ProcedureSearch:
    filters: ProcedureFilters
    fields: list
    agencies: list

    @classmethod
    def from_request(cls, request):
        filters = ProcedureFilters(query=request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH])
        filters.level = _choice(request, "cap", {level.value: level.value for level in Level}, filters) or ""
        filters.online_level = (
            _choice(request, "truc_tuyen", {level.value: level.value for level in OnlineLevel}, filters) or ""
        )
        agencies = Agency.sorted_for_readers(Agency.objects.all())
        filters.agency = _choice(request, "co_quan", {agency.slug: agency for agency in agencies}, filters)
        counted = filters.condition(prefix="procedures__", with_field=False)
        fields = ProcedureField.sorted_for_readers(
            ProcedureField.objects.annotate(
                procedure_count=Count("procedures", filter=counted if counted else None)
            )
        )
        filters.field = _choice(request, "linh_vuc", {item.slug: item for item in fields}, filters)
        return cls(filters=filters, fields=fields, agencies=agencies)

    def procedures(self):
        return Procedure.objects.for_listing().filter(self.filters.condition())

    @property
    def total(self):
        """From the per-field counts already fetched: no COUNT over the whole list."""
        if self.filters.field:
            return next(item.procedure_count for item in self.fields if item.pk == self.filters.field.pk)
        return sum(item.procedure_count for item in self.fields)

    @property
    def field_counts(self):
        return [item for item in self.fields if item.procedure_count or item == self.filters.field]
