"""One-stop shop results (kết quả giải quyết hồ sơ): one row per unit, period and field.

A report often gives only totals: “7.185 hồ sơ tiếp nhận và giải quyết xong” says
nothing of how many came online or were resolved early. So the two totals are always
entered, the breakdowns may be left empty (“not reported”), and a rate that needs a
missing breakdown is shown as not reported rather than guessed. A row without a field
holds a period's figures for all fields together; a period is either given that way
or field by field, never both, so that adding rows up never counts a dossier twice."""

import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from core.text import fold

from .catalogue import ProcedureField


class PeriodKind(models.TextChoices):
    YEAR = "nam", _("Year")
    HALF = "6-thang", _("Half-year")
    QUARTER = "quy", _("Quarter")
    MONTH = "thang", _("Month")


PERIODS_PER_YEAR = {PeriodKind.YEAR: 1, PeriodKind.HALF: 2, PeriodKind.QUARTER: 4, PeriodKind.MONTH: 12}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_PERIOD_PATTERNS = [
    (re.compile(r"^nam (\d{4})$"), PeriodKind.YEAR, lambda m: 1),
    (re.compile(r"^6 thang (dau|cuoi) nam (\d{4})$"), PeriodKind.HALF, lambda m: 1 if m[1] == "dau" else 2),
    (
        re.compile(r"^quy (i|ii|iii|iv|1|2|3|4) ?(?:/|nam) ?(\d{4})$"),
        PeriodKind.QUARTER,
        lambda m: {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(m[1]) or int(m[1]),
    ),
    (re.compile(r"^thang (\d{1,2}) ?(?:/|nam) ?(\d{4})$"), PeriodKind.MONTH, lambda m: int(m[1])),
]


@dataclass(frozen=True)
class Period:
    kind: str
    year: int
    number: int

    @property
    def first_month(self):
        return (self.number - 1) * 12 // PERIODS_PER_YEAR[self.kind] + 1

    @property
    def start(self):
        return datetime.date(self.year, self.first_month, 1)

    @property
    def end(self):
        """The first day after the period."""
        month = self.first_month + 12 // PERIODS_PER_YEAR[self.kind]
        return datetime.date(self.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)

    @property
    def sort_key(self):
        return (self.start, self.end)

    @property
    def label(self):
        """As a reader sees it, in the reader's language."""
        values = {"year": self.year, "number": self.number, "roman": ROMAN.get(self.number, "")}
        if self.kind == PeriodKind.YEAR:
            return _("Year %(year)s") % values
        if self.kind == PeriodKind.HALF:
            return (
                _("First half of %(year)s") if self.number == 1 else _("Second half of %(year)s")
            ) % values
        if self.kind == PeriodKind.QUARTER:
            return _("Quarter %(roman)s/%(year)s") % values
        return _("Month %(number)s/%(year)s") % values

    @property
    def data_label(self):
        """As a spreadsheet writes it, always in Vietnamese: “6 tháng đầu năm 2020”."""
        if self.kind == PeriodKind.YEAR:
            return f"Năm {self.year}"
        if self.kind == PeriodKind.HALF:
            return f"6 tháng {'đầu' if self.number == 1 else 'cuối'} năm {self.year}"
        if self.kind == PeriodKind.QUARTER:
            return f"Quý {ROMAN[self.number]}/{self.year}"
        return f"Tháng {self.number}/{self.year}"

    @classmethod
    def parse(cls, text):
        """ "Năm 2018", "6 tháng đầu năm 2020", "Quý II/2024", "Tháng 3/2024"; None if not a period."""
        folded = " ".join(fold(text).split())
        for pattern, kind, number_of in _PERIOD_PATTERNS:
            match = pattern.match(folded)
            if match:
                period = cls(kind, int(match.groups()[-1]), number_of(match))
                return period if period.is_valid() else None
        return None

    def is_valid(self):
        return 2000 <= self.year <= 2100 and 1 <= self.number <= PERIODS_PER_YEAR[self.kind]

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end


RECEIVED_PARTS = ["received_carried_over", "received_walk_in", "received_online", "received_post"]
RESOLVED_PARTS = [
    "resolved_early",
    "resolved_on_time",
    "resolved_late_with_apology",
    "resolved_late_without_apology",
]
OTHER_OUTCOMES = ["in_progress_not_due", "in_progress_overdue", "returned", "withdrawn"]
COUNT_FIELDS = [*RECEIVED_PARTS, "received_total", *RESOLVED_PARTS, "resolved_total", *OTHER_OUTCOMES]


def count_field(label, *, required=False, help_text=""):
    return models.PositiveIntegerField(
        label, null=not required, blank=not required, default=0 if required else None, help_text=help_text
    )


class DossierStatistics(models.Model):
    unit = models.CharField(
        _("unit"),
        max_length=255,
        blank=True,
        help_text=_("E.g. “Xã Tam Hồng”. Empty: the unit that publishes this portal."),
    )
    period_kind = models.CharField(_("period"), max_length=10, choices=PeriodKind.choices)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    period_number = models.PositiveSmallIntegerField(
        _("number of the period in its year"),
        default=1,
        help_text=_("1 for a year; 1–2 for a half-year; 1–4 for a quarter; 1–12 for a month."),
    )
    field = models.ForeignKey(
        ProcedureField,
        verbose_name=_("field"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="dossier_statistics",
        help_text=_("Empty: the figures of all fields together."),
    )
    received_carried_over = count_field(_("carried over"))
    received_walk_in = count_field(_("new, in person"))
    received_online = count_field(_("new, online"))
    received_post = count_field(_("new, by post"))
    received_total = count_field(_("received in all"), required=True)
    resolved_early = count_field(_("resolved early"))
    resolved_on_time = count_field(_("resolved on time"))
    resolved_late_with_apology = count_field(_("resolved late, with an apology letter"))
    resolved_late_without_apology = count_field(_("resolved late, without an apology letter"))
    resolved_total = count_field(_("resolved in all"), required=True)
    in_progress_not_due = count_field(_("in progress, not yet due"), required=True)
    in_progress_overdue = count_field(_("in progress, overdue"), required=True)
    returned = count_field(_("returned"), required=True)
    withdrawn = count_field(_("withdrawn"), required=True)
    is_sample = models.BooleanField(
        _("sample figures"), default=False, help_text=_("Shown as sample data, not as a real report.")
    )
    source = models.CharField(
        _("source"), max_length=500, blank=True, help_text=_("The report they come from.")
    )

    panels = [
        FieldRowPanel([FieldPanel("unit"), FieldPanel("field")]),
        FieldRowPanel([FieldPanel("period_kind"), FieldPanel("year"), FieldPanel("period_number")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel(name) for name in RECEIVED_PARTS]),
                FieldPanel("received_total"),
            ],
            heading=_("Received"),
            help_text=_("Leave a breakdown empty when the report does not give it."),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel(name) for name in RESOLVED_PARTS]), FieldPanel("resolved_total")],
            heading=_("Resolved"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel(name) for name in OTHER_OUTCOMES])], heading=_("Not resolved")
        ),
        FieldRowPanel([FieldPanel("source"), FieldPanel("is_sample")]),
    ]

    class Meta:
        ordering = ["unit", "year", "period_kind", "period_number"]
        verbose_name = _("one-stop result")
        verbose_name_plural = _("one-stop results")
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "period_kind", "year", "period_number", "field"],
                condition=Q(field__isnull=False),
                name="one_result_per_unit_period_field",
                violation_error_message=_("This unit already has figures for this period and field."),
            ),
            models.UniqueConstraint(
                fields=["unit", "period_kind", "year", "period_number"],
                condition=Q(field__isnull=True),
                name="one_total_per_unit_period",
                violation_error_message=_("This unit already has figures of all fields for this period."),
            ),
        ]

    def __str__(self):
        parts = [self.unit or str(_("this unit")), str(self.period.label)]
        if self.field_id:
            parts.append(self.field.name)
        return " – ".join(parts)

    @property
    def period(self):
        return Period(self.period_kind, self.year, self.period_number)

    @property
    def figures(self):
        return Figures.from_row(self)

    def clean(self):
        errors = {}
        if self.period_kind and self.year and not self.period.is_valid():
            errors["period_number"] = _("There is no such period in a year.")
        errors.update(self.figures.errors())
        if not errors and self.period_kind and self.year:
            errors.update(self._mixing_errors())
        if errors:
            raise ValidationError(errors)

    def _mixing_errors(self):
        same_period = DossierStatistics.objects.filter(
            unit=self.unit, period_kind=self.period_kind, year=self.year, period_number=self.period_number
        ).exclude(pk=self.pk)
        if self.field_id is None and same_period.filter(field__isnull=False).exists():
            return {"field": _("This period already has figures field by field: choose the field.")}
        if self.field_id is not None and same_period.filter(field__isnull=True).exists():
            return {"field": _("This period already has figures of all fields together.")}
        return {}


def _sum(values):
    """None when any part is not reported: a partial sum would look like a real figure."""
    values = list(values)
    return None if any(value is None for value in values) else sum(values)


def _rate(part, whole):
    return None if part is None or not whole else part / whole


@dataclass
class Figures:
    """Counts of one row, or added up over rows (the fields of a period, or periods)."""

    counts: dict

    @classmethod
    def from_row(cls, row):
        return cls({name: getattr(row, name) for name in COUNT_FIELDS})

    @classmethod
    def total(cls, figures):
        figures = list(figures)
        return cls({name: _sum(figure.counts[name] for figure in figures) for name in COUNT_FIELDS})

    def __getattr__(self, name):
        if name in COUNT_FIELDS:
            return self.counts[name]
        raise AttributeError(name)

    def _breakdown(self, parts):
        values = [self.counts[name] for name in parts]
        if all(value is None for value in values):
            return None
        return sum(value or 0 for value in values)

    @property
    def received_new(self):
        return _sum(self.counts[name] for name in RECEIVED_PARTS[1:])

    @property
    def resolved_late(self):
        return _sum(self.counts[name] for name in RESOLVED_PARTS[2:])

    @property
    def resolved_early_or_on_time(self):
        return _sum(self.counts[name] for name in RESOLVED_PARTS[:2])

    @property
    def in_progress(self):
        return _sum(self.counts[name] for name in OTHER_OUTCOMES[:2])

    @property
    def resolution_rate(self):
        return _rate(self.resolved_total, self.received_total)

    @property
    def on_time_rate(self):
        return _rate(self.resolved_early_or_on_time, self.resolved_total)

    @property
    def online_rate(self):
        return _rate(self.received_online, self.received_new)

    def errors(self):
        errors = {}
        if None in (self.received_total, self.resolved_total):
            return errors
        received = self._breakdown(RECEIVED_PARTS)
        if received is not None and received != self.received_total:
            errors["received_total"] = _(
                "Carried over and new dossiers add up to %(parts)s, not %(total)s."
            ) % {"parts": received, "total": self.received_total}
        resolved = self._breakdown(RESOLVED_PARTS)
        if resolved is not None and resolved != self.resolved_total:
            errors["resolved_total"] = _(
                "Early, on-time and late dossiers add up to %(parts)s, not %(total)s."
            ) % {"parts": resolved, "total": self.resolved_total}
        outcomes = self.resolved_total + sum(self.counts[name] or 0 for name in OTHER_OUTCOMES)
        if outcomes != self.received_total:
            errors.setdefault(
                "received_total",
                _(
                    "Resolved, in progress, returned and withdrawn dossiers add up to %(outcomes)s, "
                    "but %(total)s were received."
                )
                % {"outcomes": outcomes, "total": self.received_total},
            )
        return errors
