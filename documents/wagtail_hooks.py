from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.lists import NamedListViewSet

from .admin_views import DocumentImportView, ImportableDocumentIndexView
from .importing import DOCUMENT_COLUMNS
from .models import DocumentField, DocumentType, Issuer, LegalDocumentPage


class LegalDocumentFilterSet(PageListingViewSet.filterset_class):
    class Meta:
        model = LegalDocumentPage
        fields = ["document_type", "issuer", "field", "status"]


class LegalDocumentListingViewSet(PageListingViewSet):
    """Every site's documents in one flat list; each editor sees and edits only what the
    page permissions of their site's register allow."""

    model = LegalDocumentPage
    name = "legal_documents"
    icon = "doc-full"
    menu_label = _("Documents of the register")
    filterset_class = LegalDocumentFilterSet
    index_view_class = ImportableDocumentIndexView
    columns = PageListingViewSet.columns + [
        Column("number", label=_("Number and symbol"), sort_key="number"),
        Column("issued_on", label=_("Issue date"), sort_key="issued_on"),
        Column("status", label=pgettext_lazy("legal document", "Status"), accessor="get_status_display"),
    ]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(import_url_name=self.get_url_name("import"), **kwargs)

    def get_urlpatterns(self):
        import_view = DocumentImportView.as_view(
            index_url_name=self.get_url_name("index"),
            columns=DOCUMENT_COLUMNS,
            help_template="documents/admin/import_help.html",
        )
        return super().get_urlpatterns() + [path("import/", import_view, name="import")]


class DocumentTypeViewSet(NamedListViewSet):
    model = DocumentType
    icon = "tag"
    list_display = ["name", "abbreviation", "slug"]


class IssuerViewSet(NamedListViewSet):
    model = Issuer
    icon = "group"


class DocumentFieldViewSet(NamedListViewSet):
    model = DocumentField
    icon = "folder-open-inverse"


class DocumentsGroup(SnippetViewSetGroup):
    menu_label = _("Legal documents")
    menu_icon = "doc-full"
    menu_order = 260
    items = (LegalDocumentListingViewSet, DocumentTypeViewSet, IssuerViewSet, DocumentFieldViewSet)


register_snippet(DocumentsGroup)
