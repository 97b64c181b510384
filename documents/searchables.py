"""Documents in the portal's search (search.registry): found by number and symbol,
summary, type, issuer, field and signer, listed as "Văn bản"."""

from search.models import Kind
from search.registry import PageSearchable, register

from .models import LegalDocumentIndexPage, LegalDocumentPage


@register
class LegalDocumentSearch(PageSearchable):
    model = LegalDocumentPage
    kind = Kind.DOCUMENT
    code_field = "number"

    def title(self, document):
        return f"{document.document_type.name} {document.number}: {document.title}"

    def texts(self, document):
        return [
            document.document_type.name,
            document.issuer.name,
            document.field.name if document.field_id else "",
            *super().texts(document),
        ]

    def date(self, document):
        return document.issued_on


@register
class LegalDocumentRegisterSearch(PageSearchable):
    model = LegalDocumentIndexPage
    kind = Kind.DOCUMENT
