"""One-stop results from a CSV or XLSX file, one row per unit, period and field, and
back out as CSV in the same columns."""

import csv
import io
from collections import defaultdict

from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.utils.translation import gettext as _

from core.signals import every_page_changed
from core.text import fold

from . import cells
from .importing import Importer, NamedList, RejectedRow
from .models.catalogue import ProcedureField
from .models.statistics import COUNT_FIELDS, OTHER_OUTCOMES, DossierStatistics, Figures, Period
from .tables import Column, ImportFileError

_YES = {"co", "x", "1", "mau", "so lieu mau"}


def parse_period(value):
    raw = cells.text(value)
    period = Period.parse(raw)
    if period is None:
        raise cells.CellError(
            _(
                "“%(value)s” is not a period such as “Năm 2018”, “6 tháng đầu năm 2020”, “Quý I/2024”, “Tháng 3/2024”"
            )
            % {"value": raw[:40]}
        )
    return period


def required_count(value):
    count = cells.parse_count(value)
    if count is None:
        raise cells.CellError(_("this cell must not be empty"))
    return count


def count_or_zero(value):
    return cells.parse_count(value) or 0


def parse_yes(value):
    return " ".join(fold(cells.text(value)).split()) in _YES


def _count_column(heading, key, parse=cells.parse_count, **options):
    return Column(heading, key, parse, **options)


STATISTICS_COLUMNS = [
    Column("Đơn vị", "unit", cells.limited_text(255)),
    Column("Kỳ báo cáo", "period", parse_period, required=True, aliases=("Kỳ",)),
    Column("Lĩnh vực", "field", cells.limited_text(255)),
    _count_column("Kỳ trước chuyển sang", "received_carried_over", aliases=("Tồn kỳ trước",)),
    _count_column("Tiếp nhận trực tiếp", "received_walk_in"),
    _count_column("Tiếp nhận trực tuyến", "received_online"),
    _count_column("Tiếp nhận qua bưu chính", "received_post", aliases=("Tiếp nhận qua dịch vụ bưu chính",)),
    _count_column("Tổng số tiếp nhận", "received_total", required_count, required=True),
    _count_column("Giải quyết trước hạn", "resolved_early"),
    _count_column("Giải quyết đúng hạn", "resolved_on_time"),
    _count_column("Quá hạn có thư xin lỗi", "resolved_late_with_apology"),
    _count_column("Quá hạn không có thư xin lỗi", "resolved_late_without_apology"),
    _count_column("Tổng số đã giải quyết", "resolved_total", required_count, required=True),
    _count_column("Đang giải quyết trong hạn", "in_progress_not_due", count_or_zero),
    _count_column("Đang giải quyết quá hạn", "in_progress_overdue", count_or_zero),
    _count_column("Trả lại", "returned", count_or_zero),
    _count_column("Rút hồ sơ", "withdrawn", count_or_zero),
    Column("Số liệu mẫu", "is_sample", parse_yes),
    Column("Nguồn", "source", cells.limited_text(500)),
]
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


def _csv_cell(row, key):
    if key == "period":
        return row.period.data_label
    if key == "field":
        return row.field.name if row.field_id else ""
    if key == "is_sample":
        return "có" if row.is_sample else ""
    if key in COUNT_FIELDS:
        return cells.format_count(getattr(row, key))
    return getattr(row, key)


def statistics_csv_response(units):
    rows = DossierStatistics.objects.filter(unit__in=units).select_related("field")
    rows = sorted(rows, key=lambda row: (row.period.sort_key, fold(row.field.name) if row.field_id else ""))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([column.heading for column in STATISTICS_COLUMNS])
    for row in rows:
        writer.writerow([_csv_cell(row, column.key) for column in STATISTICS_COLUMNS])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ket-qua-giai-quyet-tthc.csv"'
    return response
