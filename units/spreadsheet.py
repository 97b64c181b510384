"""Many units at once from a spreadsheet (CSV or XLSX) with three columns: the unit's
name, its level and its address. Each row is built on its own (units.builder): a bad
row is reported and skipped, the others are made; running the same file again adds
nothing twice."""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.spreadsheets import SpreadsheetFileError, read_rows
from core.text import fold

from .builder import UnitError, build_unit_site

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
HEADINGS = {
    "name": {"ten don vi", "ten", "don vi", "name"},
    "level": {"cap", "cap hanh chinh", "level"},
    "address": {"dia chi", "ten mien", "hostname", "address", "dia chi trang"},
}

COLUMN_LABELS = {"name": "Tên đơn vị", "level": "Cấp", "address": "Địa chỉ"}


class SpreadsheetError(ValueError):
    """The file as a whole cannot be read; nothing has been made."""


@dataclass
class RowResult:
    number: int
    name: str
    message: str
    ok: bool
    created: bool = False


@dataclass
class Report:
    rows: list = field(default_factory=list)

    @property
    def created(self):
        return sum(1 for row in self.rows if row.created)

    @property
    def failed(self):
        return sum(1 for row in self.rows if not row.ok)

    def summary(self):
        return _(
            "%(total)s rows: %(created)s sites created, %(kept)s already existed, %(failed)s refused."
        ) % {
            "total": len(self.rows),
            "created": self.created,
            "kept": len(self.rows) - self.created - self.failed,
            "failed": self.failed,
        }


def read_units(data):
    """[(row number, name, level, address)] from the file's bytes."""
    if len(data) > MAX_FILE_BYTES:
        raise SpreadsheetError(_("The file is larger than 2 MB."))
    try:
        read = read_rows(data, MAX_ROWS)
    except SpreadsheetFileError as error:
        raise SpreadsheetError(str(error)) from error
    rows = [(number, ["" if cell is None else str(cell).strip() for cell in cells]) for number, cells in read]
    if not rows:
        raise SpreadsheetError(_("The file has no rows."))
    headings = rows[0][1]
    positions = {}
    for position, heading in enumerate(headings):
        key = " ".join(fold(heading).split())
        for column, names in HEADINGS.items():
            if key in names:
                positions.setdefault(column, position)
    missing = [column for column in HEADINGS if column not in positions]
    if missing:
        raise SpreadsheetError(
            _(
                "The first row must name the columns “Tên đơn vị”, “Cấp” and “Địa chỉ” (hostname); missing: %(missing)s."
            )
            % {"missing": ", ".join(COLUMN_LABELS[column] for column in missing)}
        )

    def cell(cells, column):
        position = positions[column]
        return cells[position] if position < len(cells) else ""

    return [
        (number, cell(cells, "name"), cell(cells, "level"), cell(cells, "address"))
        for number, cells in rows[1:]
    ]


def import_units(data):
    report = Report()
    for number, name, level, address in read_units(data):
        try:
            with transaction.atomic():
                built = build_unit_site(name, level, address)
        except UnitError as error:
            report.rows.append(RowResult(number, name, str(error), ok=False))
            continue
        message = (
            pgettext("unit site import", "created") if built.created else _("already existed, completed")
        )
        report.rows.append(RowResult(number, name, message, ok=True, created=built.created))
    return report
