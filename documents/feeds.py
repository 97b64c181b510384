"""RSS 2.0 and Atom feeds of the documents a register published last."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from core.models import UnitSettings

FEED_SIZE = 30
FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


class DocumentFeed(Feed):
    def __init__(self, register, documents, feed_type):
        super().__init__()
        self.register = register
        self.documents = documents
        self.feed_type = feed_type

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        unit = UnitSettings.for_request(self.request)
        return f"{self.register.title} – {unit.name}" if unit.name else self.register.title

    def link(self):
        return self.register.get_full_url(self.request)

    def description(self):
        return self.register.search_description or self.title()

    def items(self):
        return self.documents.select_related("document_type", "issuer").order_by(
            "-first_published_at", "-pk"
        )[:FEED_SIZE]

    def item_title(self, document):
        return f"{document.document_type.name} {document.number}"

    def item_description(self, document):
        return f"{document.title} ({document.issuer.name}, {document.issued_on:%d/%m/%Y})"

    def item_link(self, document):
        return f"{self.link()}{document.slug}/"

    def item_pubdate(self, document):
        return document.first_published_at

    def item_updateddate(self, document):
        return document.last_published_at

    def item_categories(self, document):
        return [document.document_type.name]


def document_feed_response(request, register, documents, kind):
    return DocumentFeed(register, documents, FEED_TYPES[kind])(request)
