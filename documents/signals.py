"""A renamed type, issuer or field is found under its new name: the documents' folded
search text (LegalDocumentPage.search_text) is written again."""

from django.db.models.signals import post_save

from core.signals import changes_show_on_every_page

from .models import DocumentField, DocumentType, Issuer, LegalDocumentPage

_LINKS = {DocumentType: "document_type", Issuer: "issuer", DocumentField: "field"}


def list_item_saved(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return
    documents = LegalDocumentPage.objects.filter(**{_LINKS[sender]: instance}).select_related(
        *_LINKS.values()
    )
    for document in documents:
        document.refresh_derived_fields()
    LegalDocumentPage.objects.bulk_update(documents, ["search_text"], batch_size=500)


def connect():
    # A list item's name shows on the register's pages and filters.
    changes_show_on_every_page(*_LINKS)
    for model in _LINKS:
        post_save.connect(
            list_item_saved, sender=model, dispatch_uid=f"documents-renamed-{model._meta.label}"
        )
