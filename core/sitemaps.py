from django.db.models import Max
from wagtail.contrib.sitemaps import Sitemap


class PageSitemap(Sitemap):
    """Every public page, 2,000 to a file listed by the index at /sitemap.xml: no single
    request builds the addresses of a hundred thousand articles."""

    limit = 2000

    def get_latest_lastmod(self):
        # Django's default calls lastmod() on every page of the site; one aggregate does.
        return self.items().order_by().aggregate(latest=Max("last_published_at"))["latest"]
