"""RSS 2.0 and Atom feeds of the documents a register published last: the news feeds'
channel (title with the unit's name, link, description), with documents as items."""

from news.feeds import FEED_SIZE, FEED_TYPES, ArticleFeed


class DocumentFeed(ArticleFeed):
    def items(self):
        return self.articles.select_related("document_type", "issuer").order_by("-first_published_at", "-pk")[
            :FEED_SIZE
        ]

    def item_title(self, document):
        return f"{document.document_type.name} {document.number}"

    def item_description(self, document):
        return f"{document.title} ({document.issuer.name}, {document.issued_on:%d/%m/%Y})"

    def item_link(self, document):
        return f"{self.link()}{document.slug}/"

    def item_pubdate(self, document):
        return document.first_published_at

    def item_author_name(self, document):
        return None

    def item_categories(self, document):
        return [document.document_type.name]


def document_feed_response(request, register, documents, kind):
    return DocumentFeed(register, documents, FEED_TYPES[kind])(request)
