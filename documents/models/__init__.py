from .lists import DocumentField, DocumentType, Issuer
from .pages import DocumentAttachment, DocumentRelation, LegalDocumentPage, RelationKind, Status
from .register import LegalDocumentIndexPage

__all__ = [
    "DocumentAttachment",
    "DocumentField",
    "DocumentRelation",
    "DocumentType",
    "Issuer",
    "LegalDocumentIndexPage",
    "LegalDocumentPage",
    "RelationKind",
    "Status",
]
