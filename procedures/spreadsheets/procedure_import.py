"""Importing procedures from the national database's spreadsheet, by code.

A code already stored is updated, a new one added, nothing is ever deleted, and a
column the file does not have leaves that part of each procedure as it is. Fields and
agencies named in the file are matched without regard to diacritics or case and
added to their lists when new. A form named in “Thành phần hồ sơ” is linked to the
document of that title in the admin's Documents, when there is one."""

from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from core.signals import every_page_changed, saved_in_bulk

from ..models.catalogue import LEVEL_FIELDS, Agency, Procedure, ProcedureField, code_slug
from . import cells
from .columns import PROCEDURE_COLUMNS
from .importing import Importer, NamedList, RejectedRow, raw_text
from .tables import ImportFileError

STREAM_KEYS = {"steps", "channels", "documents", "legal_basis"}
SAVE_BATCH = 250

# The model columns each file column writes; the derived ones are written every time.
_SAVED_FIELDS = {"levels": list(LEVEL_FIELDS.values()), "field": ["field"], "agency": ["agency"]}
_DERIVED_FIELDS = ["slug", "sort_name", "updated_on"]


def update_rows(procedures, field_names):
    """One UPDATE a row, sent as one batch. Django's bulk_update writes a CASE per column
    and row instead, which takes seconds to build for a few thousand wide rows."""
    fields = [Procedure._meta.get_field(name) for name in field_names]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(field.column)} = %s" for field in fields)
    sql = f"UPDATE {quote(Procedure._meta.db_table)} SET {assignments} WHERE {quote('id')} = %s"
    rows = [
        [field.get_db_prep_save(getattr(procedure, field.attname), connection) for field in fields]
        + [procedure.pk]
        for procedure in procedures
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


class ProcedureImporter(Importer):
    columns = PROCEDURE_COLUMNS

    def __init__(self):
        self.codes = {}

    def row_key(self, values, row_cells):
        code = values.get("code") or raw_text(row_cells, "code")
        # Two codes that differ only by "." and "-" would share an address: one key.
        key = code_slug(code) if code else ""
        self.codes.setdefault(key, code)
        return key

    def describe_key(self, key):
        return _("The code %(code)s") % {"code": self.codes[key]} if key else _("A row without a code")

    def save(self, rows, present, report, *, dry_run, progress):
        fields, agencies = NamedList(ProcedureField), NamedList(Agency)
        forms = self._form_documents(rows)
        existing = {
            procedure.slug: procedure
            for procedure in Procedure.objects.select_related("field", "agency").filter(slug__in=list(rows))
        }
        created, changed = [], []
        for slug, (number, values) in rows.items():
            procedure = existing.get(slug) or Procedure(code=values["code"])
            if procedure.code != values["code"]:
                reason = _("its address would be the same as that of the stored procedure %(code)s") % {
                    "code": procedure.code
                }
                report.rejected.append(RejectedRow(number, values["code"], [reason]))
                continue
            self._link_forms(values, forms)
            field = fields.get(values.get("field")) if "field" in values else procedure.field
            agency = agencies.get(values.get("agency")) if "agency" in values else procedure.agency
            if procedure.pk and not self._differs(procedure, values, field, agency):
                report.unchanged.append(procedure.code)
                continue
            self._assign(procedure, values, field, agency)
            (changed if procedure.pk else created).append(procedure)
        report.created = [procedure.code for procedure in created]
        report.updated = [procedure.code for procedure in changed]
        report.warnings += [names.describe_new() for names in (fields, agencies) if names.new]
        missing_forms = sorted(forms["missing"])
        if missing_forms:
            report.warnings.append(
                _(
                    "No document with these titles was found, so these forms cannot be downloaded yet: %(names)s."
                )
                % {"names": ", ".join(f"“{name}”" for name in missing_forms[:20])}
            )
        if dry_run:
            return
        try:
            with transaction.atomic():
                fields.create_new()
                agencies.create_new()
                self._write(created, changed, present, progress)
        except IntegrityError as error:
            raise ImportFileError(
                _(
                    "Someone else changed the procedures while this file was being imported; nothing was saved. Try again."
                )
            ) from error

    def _form_documents(self, rows):
        titles = {
            block["value"]["form_name"]
            for _number, values in rows.values()
            for block in values.get("documents", [])
            if block["type"] == "document" and block["value"]["form_name"]
        }
        # Of several documents with one title, the latest upload is the form.
        found = {}
        for document in get_document_model().objects.filter(title__in=titles).order_by("pk"):
            found[document.title] = document.pk
        return {"found": found, "missing": titles - set(found)}

    @staticmethod
    def _link_forms(values, forms):
        for block in values.get("documents", []):
            if block["type"] == "document":
                block["value"]["form"] = forms["found"].get(block["value"]["form_name"])

    @staticmethod
    def _differs(procedure, values, field, agency):
        for key, value in values.items():
            if key == "updated_on" and value is None:
                continue
            if key == "field":
                same = field.pk is not None and field.pk == procedure.field_id
            elif key == "agency":
                same = (agency is None and procedure.agency_id is None) or (
                    agency is not None and agency.pk is not None and agency.pk == procedure.agency_id
                )
            elif key in STREAM_KEYS:
                same = cells.stream_data(procedure, key) == cells.canonical(value)
            else:
                same = getattr(procedure, key) == value
            if not same:
                return True
        return False

    @staticmethod
    def _assign(procedure, values, field, agency):
        for key, value in values.items():
            if key not in ("field", "agency"):
                setattr(procedure, key, value)
        procedure.field, procedure.agency = field, agency
        if "updated_on" not in values or values["updated_on"] is None:
            procedure.updated_on = timezone.localdate()

    def _write(self, created, changed, present, progress):
        update_fields = sorted(
            {name for key in present - {"code"} for name in _SAVED_FIELDS.get(key, [key])}
            | set(_DERIVED_FIELDS)
        )
        for procedure in created + changed:
            # The field or agency may have been created just before: take the ids they now have.
            procedure.field_id = procedure.field.pk
            procedure.agency_id = procedure.agency.pk if procedure.agency else None
            procedure.refresh_derived_fields()
        batches = [created[i : i + SAVE_BATCH] for i in range(0, len(created), SAVE_BATCH)]
        batches += [changed[i : i + SAVE_BATCH] for i in range(0, len(changed), SAVE_BATCH)]
        for batch in progress(batches, total=len(batches), desc=_("Saving")):
            if batch[0].pk is None:
                Procedure.objects.bulk_create(batch)
            else:
                update_rows(batch, update_fields)
        # Bulk statements send no post_save: the search indexes are told by this signal.
        for batch in batches:
            saved_in_bulk.send(sender=Procedure, objects=batch)
        if batches:
            every_page_changed(Procedure)
