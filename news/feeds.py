"""RSS 2.0 and Atom feeds of the latest articles, for the whole site or one category."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from core.models import UnitSettings
from core.site_address import site_url

FEED_SIZE = 30


class ArticleFeed(Feed):
    def __init__(self, source_page, articles, feed_type):
        super().__init__()
        self.source_page = source_page
        self.articles = articles
        self.feed_type = feed_type

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        unit = UnitSettings.for_request(self.request)
        return f"{self.source_page.title} – {unit.name}" if unit.name else self.source_page.title

    def link(self):
        return self.source_page.get_full_url(self.request)

    def feed_url(self):
        # Django would name the domain of django.contrib.sites, the same for every site.
        return site_url(self.request, self.request.path)

    def description(self):
        return self.source_page.search_description or self.title()

    def items(self):
        return self.articles.select_related(None).prefetch_related("tagged_items__tag")[:FEED_SIZE]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.summary or article.search_description

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return article.published_datetime

    def item_updateddate(self, article):
        return article.last_published_at

    def item_author_name(self, article):
        return article.byline or None

    def item_categories(self, article):
        return [tagged.tag.name for tagged in article.tagged_items.all()]


FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


def article_feed_response(request, source_page, articles, kind):
    return ArticleFeed(source_page, articles, FEED_TYPES[kind])(request)
