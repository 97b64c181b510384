"""One unit's one-stop results, arranged for the public page and the home page."""

import itertools
from collections import defaultdict
from dataclasses import dataclass, field

from .models.catalogue import ProcedureField
from .models.statistics import DossierStatistics, Figures


@dataclass
class PeriodResult:
    period: object
    figures: Figures
    by_field: list = field(default_factory=list)
    is_sample: bool = False


@dataclass
class StatisticsReport:
    unit: str
    periods: list
    by_field: list
    sources: list

    @classmethod
    def for_unit(cls, unit):
        return cls.for_units(unit, [unit])

    @classmethod
    def for_units(cls, unit, keys):
        """The figures stored under any of `keys` (one unit may be stored under its name
        and under "", the portal's own unit): where two keys give the same period, the
        first key's rows count, so that no dossier is counted twice."""
        rows = list(DossierStatistics.objects.filter(unit__in=keys).select_related("field"))
        by_period = defaultdict(list)
        for row in sorted(rows, key=lambda row: keys.index(row.unit)):
            kept = by_period[row.period]
            if not kept or kept[0].unit == row.unit:
                kept.append(row)
        periods = []
        for period in sorted(by_period, key=lambda period: period.sort_key):
            period_rows = by_period[period]
            fields = ProcedureField.sorted_for_readers([row.field for row in period_rows if row.field_id])
            figures_of = {row.field_id: row.figures for row in period_rows}
            periods.append(
                PeriodResult(
                    period=period,
                    figures=Figures.total(row.figures for row in period_rows),
                    by_field=[(item, figures_of[item.pk]) for item in fields],
                    is_sample=any(row.is_sample for row in period_rows),
                )
            )
        field_figures = defaultdict(list)
        for result in periods:
            for item, figures in result.by_field:
                field_figures[item].append(figures)
        by_field = [
            (item, Figures.total(field_figures[item]))
            for item in ProcedureField.sorted_for_readers(field_figures)
        ]
        sources = sorted({row.source for row in rows if row.source})
        return cls(unit=unit, periods=periods, by_field=by_field, sources=sources)

    @property
    def has_sample(self):
        return any(result.is_sample for result in self.periods)

    @property
    def periods_overlap(self):
        periods = [result.period for result in self.periods]
        return any(earlier.overlaps(later) for earlier, later in itertools.pairwise(periods))

    @property
    def total(self):
        """All periods added up, when they do not overlap (a year and its quarters would
        count every dossier twice)."""
        if len(self.periods) < 2 or self.periods_overlap:
            return None
        return Figures.total(result.figures for result in self.periods)

    @property
    def periods_with_fields(self):
        return [str(result.period.label) for result in self.periods if result.by_field]

    @property
    def headline(self):
        """(first period, last period, figures) for the home page: the whole span when it
        adds up, else the latest period."""
        if not self.periods:
            return None
        if self.total is not None:
            return self.periods[0].period, self.periods[-1].period, self.total
        latest = self.periods[-1]
        return latest.period, latest.period, latest.figures
