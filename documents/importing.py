"""Importing documents into one register from a spreadsheet, by number and issuer.

The discipline of the procedures' importer (and its machinery: procedures.spreadsheets.importing,
procedures.spreadsheets.tables): a row is checked on its own and refused with its reasons, a number
and issuer that appear twice in the file are both refused, a document already in the
register with that number and issuer is updated (nothing is duplicated or deleted), a
column the file does not have leaves that part of each document as it is, and types,
issuers and fields are matched without diacritics and added to their lists when new.
Each document is a page: it is created or changed with a published revision."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core.text import fold
from procedures.spreadsheets import cells
from procedures.spreadsheets.importing import Importer, NamedList, raw_text
from procedures.spreadsheets.tables import Column, ImportFileError

from .columns import HEADINGS
from .models import DocumentField, DocumentType, Issuer, LegalDocumentPage, Status
from .numbers import normalize_number, number_key, number_slug, number_year, parse_number

_STATUS_WORDS = {
    "con hieu luc": Status.IN_FORCE,
    "het hieu luc mot phan": Status.PARTLY_EXPIRED,
    "het hieu luc": Status.EXPIRED,
    "bi thay the": Status.REPLACED,
    "da bi thay the": Status.REPLACED,
}


def parse_document_number(value):
    raw = normalize_number(cells.text(value))
    if not raw:
        raise cells.CellError(_("the number and symbol is empty"))
    if not parse_number(raw):
        raise cells.CellError(
            _("“%(value)s” is not a number and symbol such as 42/2022/NĐ-CP or 123/UBND-VP")
            % {"value": raw[:60]}
        )
    return raw


def parse_status(value):
    raw = cells.text(value)
    if not raw:
        return Status.IN_FORCE
    key = " ".join(fold(raw).replace("-", " ").split())
    for words, status in _STATUS_WORDS.items():
        if key == words or key.startswith(words + " "):
            return status
    raise cells.CellError(
        _(
            "“%(value)s” is not a legal status (Còn hiệu lực, Hết hiệu lực một phần, Hết hiệu lực, Bị thay thế)"
        )
        % {"value": raw[:60]}
    )


def written_on_export_only(value):
    """The export's address and file columns: read back without complaint, never imported."""
    return None


DOCUMENT_COLUMNS = [
    Column(
        HEADINGS["number"], "number", parse_document_number, required=True, aliases=("Số ký hiệu", "Số hiệu")
    ),
    Column(
        HEADINGS["document_type"], "document_type", cells.required_text(255), required=True, aliases=("Loại",)
    ),
    Column(HEADINGS["title"], "title", cells.required_text(255), required=True, aliases=("Tên văn bản",)),
    Column(HEADINGS["issuer"], "issuer", cells.required_text(255), required=True, aliases=("Nơi ban hành",)),
    Column(HEADINGS["signer"], "signer", cells.limited_text(255)),
    Column(HEADINGS["field"], "field", cells.limited_text(255)),
    Column(HEADINGS["issued_on"], "issued_on", cells.parse_date, required=True),
    Column(HEADINGS["effective_on"], "effective_on", cells.parse_date, aliases=("Ngày có hiệu lực",)),
    Column(HEADINGS["status"], "status", parse_status, aliases=("Tình trạng", "Hiệu lực")),
    Column(HEADINGS["national_database_url"], "national_database_url", cells.parse_url),
    Column(HEADINGS["url"], "url", written_on_export_only),
    Column(HEADINGS["files"], "files", written_on_export_only),
]
_NOT_IMPORTED = {"url", "files"}
_LISTS = {"document_type": DocumentType, "issuer": Issuer, "field": DocumentField}


class DocumentImporter(Importer):
    columns = DOCUMENT_COLUMNS

    def __init__(self, register, user=None):
        self.register = register
        self.user = user
        self.numbers = {}

    def row_key(self, values, row_cells):
        number = values.get("number") or raw_text(row_cells, "number")
        issuer = values.get("issuer") or raw_text(row_cells, "issuer")
        key = (number_key(number), fold(issuer)) if number else ""
        self.numbers.setdefault(key, (number, issuer))
        return key

    def describe_key(self, key):
        if not key:
            return _("A row without a number")
        number, issuer = self.numbers[key]
        return f"{number} ({issuer})"

    def row_errors(self, values):
        reasons = []
        issued_on, effective_on = values.get("issued_on"), values.get("effective_on")
        if issued_on is None:
            reasons.append(_("%(column)s: the issue date is empty") % {"column": HEADINGS["issued_on"]})
        elif number_year(values["number"]) not in (None, issued_on.year):
            reasons.append(
                _("the number says %(year)s but the document was issued in %(issued)s")
                % {"year": number_year(values["number"]), "issued": issued_on.year}
            )
        if issued_on and effective_on and effective_on < issued_on:
            reasons.append(_("the effective date is before the issue date"))
        return reasons

    def save(self, rows, present, report, *, dry_run, progress):
        lists = {key: NamedList(model) for key, model in _LISTS.items()}
        children = LegalDocumentPage.objects.child_of(self.register).select_related(*_LISTS)
        existing = {(document.number_key, fold(document.issuer.name)): document for document in children}
        taken_slugs = set(self.register.get_children().values_list("slug", flat=True))
        changes = []
        for key, (_number, values) in rows.items():
            document = existing.get(key)
            items = {name: lists[name].get(values[name]) for name in _LISTS if name in values}
            if document is not None and not self._differs(document, values, items):
                report.unchanged.append(document.number)
                continue
            changes.append((document, values, items))
            (report.updated if document else report.created).append(values["number"])
        report.warnings += [names.describe_new() for names in lists.values() if names.new]
        if dry_run:
            return
        try:
            with transaction.atomic():
                for names in lists.values():
                    names.create_new()
                for document, values, items in progress(changes, total=len(changes), desc=_("Saving")):
                    self._write(document, values, items, taken_slugs)
        except ValidationError as error:
            # The rows were checked one by one; this is someone else's change in between.
            raise ImportFileError(
                _("A document could not be saved, so nothing was saved: %(reason)s")
                % {"reason": "; ".join(error.messages)}
            ) from error

    @staticmethod
    def _differs(document, values, items):
        for key, value in values.items():
            if key in _NOT_IMPORTED:
                continue
            if key in items:
                item = items[key]
                same = (item is None and getattr(document, f"{key}_id") is None) or (
                    item is not None and item.pk is not None and item.pk == getattr(document, f"{key}_id")
                )
            else:
                same = getattr(document, key) == value
            if not same:
                return True
        return False

    def _write(self, document, values, items, taken_slugs):
        is_new = document is None
        if is_new:
            slug = base = number_slug(values["number"]) or "van-ban"
            suffix = 1
            while slug in taken_slugs:
                suffix += 1
                slug = f"{base}-{suffix}"
            taken_slugs.add(slug)
            document = LegalDocumentPage(slug=slug)
        for key, value in values.items():
            if key in _NOT_IMPORTED:
                continue
            setattr(document, key, items.get(key, value))
        if is_new:
            self.register.add_child(instance=document)
        document.save_revision(user=self.user).publish(user=self.user)
