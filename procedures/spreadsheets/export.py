"""The public list as open data: CSV in the import's own columns (so a file downloaded
from one portal imports into another) and JSON with the structure kept; the one-stop
results as CSV in their import's columns."""

import csv
import io
import json

from django.http import HttpResponse
from django.utils import timezone
from wagtail.documents import get_document_model

from core.site_address import site_url
from core.text import fold

from ..blocks import group_documents
from ..models.statistics import COUNT_FIELDS, DossierStatistics
from . import cells
from .columns import PROCEDURE_COLUMNS, STATISTICS_COLUMNS


def form_documents(procedures):
    """{document id: document} for every form the procedures link, in one query."""
    ids = {
        block["value"].get("form")
        for procedure in procedures
        for block in cells.stream_data(procedure, "documents")
        if block["type"] == "document"
    } - {None}
    return get_document_model().objects.in_bulk(ids) if ids else {}


def _csv_cells(procedure, documents):
    titles = {pk: document.title for pk, document in documents.items()}
    special = {
        "levels": cells.format_levels(procedure.levels),
        "field": procedure.field.name,
        "agency": procedure.agency.name if procedure.agency else "",
        "steps": cells.format_steps(cells.stream_data(procedure, "steps")),
        "channels": cells.format_channels(cells.stream_data(procedure, "channels")),
        "documents": cells.format_documents(cells.stream_data(procedure, "documents"), titles),
        "legal_basis": cells.format_legal_basis(cells.stream_data(procedure, "legal_basis")),
        "online_level": cells.format_online_level(procedure.online_level),
        "updated_on": cells.format_date(procedure.updated_on),
    }
    return [
        special[column.key] if column.key in special else getattr(procedure, column.key)
        for column in PROCEDURE_COLUMNS
    ]


def csv_response(procedures, filename):
    procedures = list(procedures)
    documents = form_documents(procedures)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([column.heading for column in PROCEDURE_COLUMNS])
    for procedure in procedures:
        writer.writerow(_csv_cells(procedure, documents))
    # The byte order mark makes Excel read the file as UTF-8.
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def _document_data(document, documents, request):
    form = documents.get(document.get("form"))
    return {
        "name": document["name"],
        "originals": document.get("originals"),
        "copies": document.get("copies"),
        "form_name": document.get("form_name") or (form.title if form else ""),
        "form_url": site_url(request, form.url) if form else None,
    }


def procedure_data(procedure, documents, request, index_url):
    document_blocks = cells.stream_data(procedure, "documents")
    return {
        "code": procedure.code,
        "name": procedure.name,
        "url": f"{index_url}{procedure.slug}/",
        "decision_number": procedure.decision_number,
        "field": procedure.field.name,
        "levels": [str(level) for level in procedure.levels],
        "type": procedure.procedure_type,
        "agency": procedure.agency.name if procedure.agency else None,
        "competent_authority": procedure.competent_authority,
        "delegated_agency": procedure.delegated_agency,
        "coordinating_agency": procedure.coordinating_agency,
        "applicants": procedure.applicants,
        "submission_address": procedure.submission_address,
        "steps": [block["value"] for block in cells.stream_data(procedure, "steps")],
        "channels": [block["value"] for block in cells.stream_data(procedure, "channels")],
        "documents": [
            {"case": case, "documents": [_document_data(item, documents, request) for item in items]}
            for case, items in group_documents((block["type"], block["value"]) for block in document_blocks)
        ],
        "result": procedure.result,
        "legal_basis": [block["value"] for block in cells.stream_data(procedure, "legal_basis")],
        "conditions": procedure.conditions,
        "online_level": procedure.online_level,
        "online_url": procedure.online_url,
        "related_codes": procedure.related_code_list,
        "updated_on": procedure.updated_on.isoformat(),
    }


def json_response(procedures, request, index_url, filename):
    procedures = list(procedures)
    documents = form_documents(procedures)
    payload = {
        "source": site_url(request, request.get_full_path()),
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "count": len(procedures),
        "procedures": [procedure_data(procedure, documents, request, index_url) for procedure in procedures],
    }
    response = HttpResponse(
        json.dumps(payload, ensure_ascii=False, indent=1), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{filename}.json"'
    return response


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
