"""The register as open data: CSV in the import's own columns (a file downloaded from
one portal imports into another) and JSON, with the list's filters."""

import csv
import io
import json

from django.http import HttpResponse
from django.utils import timezone

from .columns import HEADINGS
from .models.pages import Status


def _date(value):
    return value.strftime("%d/%m/%Y") if value else ""


def _files(document, request):
    return [
        {
            "name": attachment.name,
            "url": request.build_absolute_uri(attachment.document.url),
            "type": attachment.document.file_extension.upper(),
            "size": attachment.document.get_file_size(),
        }
        for attachment in document.attachments.all()
    ]


def csv_cells(document, request, index_url):
    cells = {
        "number": document.number,
        "document_type": document.document_type.name,
        "title": document.title,
        "issuer": document.issuer.name,
        "signer": document.signer,
        "field": document.field.name if document.field_id else "",
        "issued_on": _date(document.issued_on),
        "effective_on": _date(document.effective_on),
        "status": str(Status(document.status).label),
        "national_database_url": document.national_database_url,
        "url": request.build_absolute_uri(f"{index_url}{document.slug}/"),
        "files": "\n".join(item["url"] for item in _files(document, request)),
    }
    return [cells[key] for key in HEADINGS]


def csv_response(documents, request, index_url, filename):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADINGS.values())
    for document in documents:
        writer.writerow(csv_cells(document, request, index_url))
    # The byte order mark makes Excel read the file as UTF-8.
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def document_data(document, request, index_url):
    return {
        "number": document.number,
        "type": document.document_type.name,
        "summary": document.title,
        "issuer": document.issuer.name,
        "signer": document.signer,
        "field": document.field.name if document.field_id else None,
        "issued_on": document.issued_on.isoformat(),
        "effective_on": document.effective_on.isoformat() if document.effective_on else None,
        "status": document.status,
        "status_label": str(Status(document.status).label),
        "national_database_url": document.national_database_url or None,
        "url": request.build_absolute_uri(f"{index_url}{document.slug}/"),
        "files": _files(document, request),
        "is_sample": document.is_sample,
    }


def json_response(documents, request, index_url, filename):
    rows = [document_data(document, request, index_url) for document in documents]
    payload = {
        "source": request.build_absolute_uri(),
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "count": len(rows),
        "documents": rows,
    }
    response = HttpResponse(
        json.dumps(payload, ensure_ascii=False, indent=1), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{filename}.json"'
    return response
