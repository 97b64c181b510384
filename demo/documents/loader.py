"""The register part of the demo portal, called by load_demo_content.

Safe to run again: documents that exist are kept as they are; only what is missing is added."""

import datetime

from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from core.demo import child
from core.text import ascii_slug
from documents.models import (
    DocumentAttachment,
    DocumentField,
    DocumentRelation,
    DocumentType,
    Issuer,
    LegalDocumentIndexPage,
    LegalDocumentPage,
)
from documents.numbers import number_slug

from .content import INTRO, NATIONAL, RELATIONS, SAMPLES, SIGNER
from .pdf import sample_pdf


def _date(text):
    return datetime.datetime.strptime(text, "%d/%m/%Y").date() if text else None


def _named(model, name):
    return model.objects.filter(name=name).first() or model.objects.create(name=name)


def _sample_file(number, type_name, summary, is_sample):
    title = f"{type_name} {number} (tệp minh họa)"
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    lines = [
        f"{type_name} {number}",
        summary,
        "",
        "Tep minh hoa do cong thong tin tu tao cho du lieu mau.",
        "Van ban mau, khong co gia tri phap ly."
        if is_sample
        else "Khong phai ban chinh thuc: xem toan van tai vbpl.vn.",
    ]
    file = ContentFile(sample_pdf(lines), name=f"{ascii_slug(number.replace('/', '-'))}.pdf")
    return Document.objects.create(title=title, file=file)


def load_documents_demo(home, stdout):
    register, _created = child(
        home, LegalDocumentIndexPage, "Văn bản", slug="van-ban", intro=INTRO, show_in_menus=True
    )
    documents, added = {}, []
    for rows, is_sample in ((NATIONAL, False), (SAMPLES, True)):
        for number, type_name, summary, issuer, field, issued, effective, status in rows:
            document, created = child(
                register,
                LegalDocumentPage,
                summary,
                slug=number_slug(number),
                number=number,
                document_type=_named(DocumentType, type_name),
                issuer=_named(Issuer, issuer),
                field=_named(DocumentField, field),
                signer=SIGNER if is_sample else "",
                issued_on=_date(issued),
                effective_on=_date(effective),
                status=status,
                is_sample=is_sample,
            )
            documents[number] = document
            if created:
                DocumentAttachment.objects.create(
                    page=document, document=_sample_file(number, type_name, summary, is_sample)
                )
                added.append(document)
    for source, kind, target in RELATIONS:
        if documents[source] in added or documents[target] in added:
            DocumentRelation.objects.get_or_create(
                page=documents[source], kind=kind, target=documents[target]
            )
    # The files and relations go into a published revision, so the editor's form has them.
    for document in added:
        document.save_revision().publish()
    stdout.write(_("Documents: %(count)d added.") % {"count": len(added)})
