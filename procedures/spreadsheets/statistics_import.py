"""One-stop results from a CSV or XLSX file, one row per unit, period and field."""

from collections import defaultdict

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from core.signals import every_page_changed
from core.text import fold

from ..models.catalogue import ProcedureField
from ..models.statistics import COUNT_FIELDS, OTHER_OUTCOMES, DossierStatistics, Figures
from .columns import STATISTICS_COLUMNS
from .importing import Importer, NamedList, RejectedRow
from .tables import ImportFileError

_STORED_KEYS = [*COUNT_FIELDS, "is_sample", "source"]


class StatisticsImporter(Importer):
    columns = STATISTICS_COLUMNS

    def __init__(self):
        self.field_names = {}

    def row_key(self, values, row_cells):
        period = values.get("period")
        if not period:
            return None
        # Fields match without diacritics or case, as in the procedure import.
        key = (values.get("unit", ""), period, fold(values.get("field", "")))
        self.field_names[key] = values.get("field", "")
        return key

    def describe_key(self, key):
        if not key:
            return _("A row without a period")
        unit, period, _field = key
        parts = [unit or _("this unit"), period.data_label, self.field_names.get(key, "")]
        return " – ".join(part for part in parts if part)

    def row_errors(self, values):
        counts = {name: values.get(name) for name in COUNT_FIELDS}
        counts.update({name: values.get(name) or 0 for name in OTHER_OUTCOMES})
        return [str(error) for error in Figures(counts).errors().values()]

    def save(self, rows, present, report, *, dry_run, progress):
        fields = NamedList(ProcedureField)
        units = {key[0] for key in rows}
        stored = {
            (row.unit, row.period, fold(row.field.name) if row.field_id else ""): row
            for row in DossierStatistics.objects.filter(unit__in=units).select_related("field")
        }
        rows = self._without_mixed_periods(rows, stored, report)
        created, changed = [], []
        for key, (_number, values) in rows.items():
            row = stored.get(key)
            if row is not None and all(
                getattr(row, name) == values.get(name, getattr(row, name)) for name in _STORED_KEYS
            ):
                report.unchanged.append(self.describe_key(key))
                continue
            if row is None:
                period = values["period"]
                row = DossierStatistics(
                    unit=values.get("unit", ""),
                    period_kind=period.kind,
                    year=period.year,
                    period_number=period.number,
                    field=fields.get(values.get("field")),
                )
            for name in _STORED_KEYS:
                if name in values:
                    setattr(row, name, values[name])
            (changed if row.pk else created).append(row)
            (report.updated if row.pk else report.created).append(self.describe_key(key))
        if fields.new:
            report.warnings.append(fields.describe_new())
        if dry_run:
            return
        try:
            with transaction.atomic():
                fields.create_new()
                for row in created:
                    row.field_id = row.field.pk if row.field else None
                DossierStatistics.objects.bulk_create(created)
                DossierStatistics.objects.bulk_update(changed, _STORED_KEYS)
                every_page_changed(DossierStatistics)
        except IntegrityError as error:
            raise ImportFileError(
                _(
                    "Someone else changed the figures while this file was being imported; nothing was saved. Try again."
                )
            ) from error

    def _without_mixed_periods(self, rows, stored, report):
        """A period is given for all fields together or field by field, never both: a row
        of the other kind than the period already has is refused; when the period has
        nothing yet and the file brings both kinds, every row of that period is."""
        stored_kinds, file_kinds = defaultdict(set), defaultdict(set)
        for kinds, keys in ((stored_kinds, stored), (file_kinds, rows)):
            for unit, period, field in keys:
                kinds[(unit, period)].add(bool(field))
        kept = {}
        for key, (number, values) in rows.items():
            group, by_field = key[:2], bool(key[2])
            if stored_kinds[group]:
                conflict = by_field not in stored_kinds[group]
            else:
                conflict = len(file_kinds[group]) > 1
            if conflict:
                reason = _("this period would have figures of all fields together and field by field at once")
                report.rejected.append(RejectedRow(number, self.describe_key(key), [reason]))
            else:
                kept[key] = (number, values)
        return kept
