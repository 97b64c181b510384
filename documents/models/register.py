from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core.pages import IntroMixin, PortalPageMixin
from core.pagination import paginate

from ..export import csv_response, json_response
from ..feeds import document_feed_response
from ..listing import DocumentSearch, Sort, documents_in

LISTING_PAGE_SIZE = 20
EXPORT_FILENAME = "van-ban"


class LegalDocumentIndexPage(RoutablePageMixin, PortalPageMixin, IntroMixin, Page):
    """'Văn bản': a site's register of legal documents, its open data and its feeds."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["documents.LegalDocumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("register of legal documents")

    def get_cached_paths(self):
        return ["/", *(self.reverse_subpage(name) for name in ("csv", "json", "rss", "atom"))]

    def document_search(self, request):
        return DocumentSearch.from_request(request, self)

    @path("")
    def listing(self, request):
        search = self.document_search(request)
        documents = paginate(request, search.documents(), LISTING_PAGE_SIZE)
        if documents.is_past_the_end and not search.filters.errors:
            raise Http404(_("There is no such page in this list."))
        response = self.render(
            request,
            context_overrides={
                "search": search,
                "documents": documents,
                "first_number": documents.first_number,
                "index_url": self.get_url(request),
                "sorts": Sort.CHOICES,
            },
        )
        if search.filters.errors:
            response.status_code = 400
        return response

    def _exported(self, request):
        """Every matching document: open data is not paginated. None: a bad parameter."""
        search = self.document_search(request)
        return None if search.filters.errors else search.documents()

    @path("csv/", name="csv")
    def csv_export(self, request):
        documents = self._exported(request)
        if documents is None:
            return self.listing(request)
        return csv_response(documents, request, self.get_url(request), EXPORT_FILENAME)

    @path("json/", name="json")
    def json_export(self, request):
        documents = self._exported(request)
        if documents is None:
            return self.listing(request)
        return json_response(documents, request, self.get_url(request), EXPORT_FILENAME)

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return document_feed_response(request, self, documents_in(self), "rss")

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return document_feed_response(request, self, documents_in(self), "atom")
