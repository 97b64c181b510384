"""What every import does: read the file, check each row, refuse a key twice, report.

Rows are checked one by one: a good row is imported, a bad one is reported with its row
number and reasons and changes nothing. A file that cannot be read at all raises
ImportFileError before anything is written. The writing itself runs in one
transaction, so a failure half-way leaves the database as it was."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.lists import unique_slug
from core.text import fold

from .cells import CellError, text
from .tables import read_table


def no_progress(iterable, **kwargs):
    return iterable


@dataclass
class RejectedRow:
    row: int
    key: str
    reasons: list


@dataclass
class ImportReport:
    dry_run: bool = False
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    rejected: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    def summary(self):
        counts = {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "rejected": len(self.rejected),
        }
        if self.dry_run:
            message = _(
                "Check only, nothing was saved: %(created)s would be added, %(updated)s updated, "
                "%(unchanged)s are unchanged, %(rejected)s rows would be rejected."
            )
        else:
            message = _(
                "%(created)s added, %(updated)s updated, %(unchanged)s unchanged, %(rejected)s rows rejected."
            )
        return message % counts


class NamedList:
    """Fields or agencies, matched by name without diacritics, new ones made on demand."""

    def __init__(self, model):
        self.model = model
        self.by_key = {fold(item.name): item for item in model.objects.all()}
        self.new = []

    def get(self, name):
        if not name:
            return None
        item = self.by_key.get(fold(name))
        if item is None:
            item = self.model(name=name)
            self.by_key[fold(name)] = item
            self.new.append(item)
        return item

    def describe_new(self):
        return _("New entries in the list of %(list)s: %(names)s.") % {
            "list": self.model._meta.verbose_name_plural,
            "names": ", ".join(f"“{item.name}”" for item in self.new),
        }

    def create_new(self):
        taken = set(self.model.objects.values_list("slug", flat=True))
        for item in self.new:
            item.slug = unique_slug(self.model, item.name, taken)
        self.model.objects.bulk_create(self.new)


class Importer:
    columns = []
    key_heading = ""

    def run(self, data, *, dry_run=False, progress=no_progress):
        table = read_table(data, self.columns)
        report = ImportReport(dry_run=dry_run)
        if table.unknown_headings:
            report.warnings.append(
                ngettext(
                    "This column is not known and was ignored: %(headings)s.",
                    "These columns are not known and were ignored: %(headings)s.",
                    len(table.unknown_headings),
                )
                % {"headings": ", ".join(f"“{heading}”" for heading in table.unknown_headings)}
            )
        rows = self._checked_rows(table, report, progress)
        self.save(rows, table.present, report, dry_run=dry_run, progress=progress)
        report.rejected.sort(key=lambda rejected: rejected.row)
        return report

    def _checked_rows(self, table, report, progress):
        """{key: (row number, values)} of the rows that passed, each key once."""
        by_key = defaultdict(list)
        for row_number, cells in progress(table.rows, total=len(table.rows), desc=_("Checking rows")):
            values, reasons = {}, []
            for column in self.columns:
                if column.key not in cells:
                    continue
                try:
                    values[column.key] = column.parse(cells[column.key])
                except CellError as error:
                    reasons.append(f"{column.heading}: {error}")
            if not reasons:
                reasons = self.row_errors(values)
            key = self.row_key(values, cells)
            by_key[key].append((row_number, values, reasons))
        checked = {}
        for key, rows in by_key.items():
            if len(rows) > 1 and key:
                numbers = ", ".join(str(number) for number, _values, _reasons in rows)
                reason = _("%(key)s appears in rows %(rows)s of this file: none of them was imported.") % {
                    "key": self.describe_key(key),
                    "rows": numbers,
                }
                report.rejected += [
                    RejectedRow(number, self.describe_key(key), [reason]) for number, *_ in rows
                ]
                continue
            for number, values, reasons in rows:
                if reasons:
                    report.rejected.append(RejectedRow(number, self.describe_key(key), reasons))
                else:
                    checked[key] = (number, values)
        return checked

    def row_errors(self, values):
        """Reasons that need several cells of one row; none by default."""
        return []

    def row_key(self, values, cells):
        raise NotImplementedError

    def describe_key(self, key):
        return str(key)

    def save(self, rows, present, report, *, dry_run, progress):
        raise NotImplementedError


def raw_text(cells, key):
    return text(cells.get(key))
