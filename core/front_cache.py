"""Purges of the front cache (deploy/varnish/portal.vcl) when what readers see changes.

Wagtail's frontend_cache app purges a page's own URLs on publish; readers also see a page
in its category, the news index and its archives, the home page, the feeds and the
sitemap, and some changes (the unit's identity, a moved section, an image) show on every
page. So the portal collects what a change touches, and sends it once the transaction
has committed (a purge sent earlier could let the cache fetch the old page again),
through a background task: a front cache that is down delays purges, it never fails an
editor's publish.

Two kinds of requests go to the front cache, through the backends of
WAGTAILFRONTENDCACHE:
- PURGE of a URL drops every cached copy of its path, whatever its query string (the
  pages of a listing, a notice after a comment);
- BAN of a site's root URL drops the whole site."""

import logging
import threading
from types import SimpleNamespace
from urllib.error import URLError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django_tasks import task
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Site

logger = logging.getLogger(__name__)

# Addresses outside the page tree that list articles.
SITE_LISTING_PATHS = ["/rss.xml", "/atom.xml", "/sitemap.xml", "/sitemap-trang.xml"]


class PurgeFailed(Exception):
    pass


class VarnishBackend(BaseBackend):
    """Unlike Wagtail's HTTPBackend, a failure raises (so that the task is tried again)
    and a request cannot hang: it has a timeout."""

    def __init__(self, params):
        super().__init__(params)
        self.location = params["LOCATION"].rstrip("/")
        self.timeout = params.get("TIMEOUT", 5)

    def purge(self, url):
        self._send("PURGE", url)

    def ban_site(self, root_url):
        self._send("BAN", root_url)

    def _send(self, method, url):
        parts = urlsplit(url)
        request = Request(
            f"{self.location}{parts.path or '/'}", method=method, headers={"Host": parts.netloc}
        )
        try:
            with urlopen(request, timeout=self.timeout):
                pass
        except (URLError, OSError) as error:
            raise PurgeFailed(f"{method} {url}: {error}") from error


@task()
def purge_front_cache(urls, site_urls):
    """PURGE each of `urls`, BAN each of `site_urls`, on every configured front cache."""
    for backend in get_backends().values():
        for url in urls:
            if backend.invalidates_hostname(urlsplit(url).hostname):
                backend.purge(url)
        for root_url in site_urls:
            if backend.invalidates_hostname(urlsplit(root_url).hostname):
                backend.ban_site(root_url)


class _Batch(threading.local):
    def __init__(self):
        self.urls = set()
        self.site_urls = set()


_batch = _Batch()


def front_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _send_batch():
    urls, site_urls = sorted(_batch.urls), sorted(_batch.site_urls)
    _batch.urls.clear()
    _batch.site_urls.clear()
    if urls or site_urls:
        purge_front_cache.enqueue(urls, site_urls)


def _after_commit():
    # Every change of a transaction is sent in one task, when it commits (if it rolls back,
    # what it collected goes with the next batch: a purge too many does no harm).
    transaction.on_commit(_send_batch)


def purge_urls(urls):
    if front_cache_configured():
        _batch.urls.update(urls)
        _after_commit()


def ban_sites(sites):
    if front_cache_configured():
        _batch.site_urls.update(site.root_url for site in sites)
        _after_commit()


def ban_every_site():
    ban_sites(Site.objects.all())


def sites_of(page):
    """The sites whose tree holds `page` (read afresh: Wagtail keeps the site root paths
    it found on the page object, which may predate a new site)."""
    steplen = page.steplen
    ancestor_paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    return Site.objects.filter(root_page__path__in=ancestor_paths)


def in_every_language(build_urls):
    """`build_urls()` run once per language: /tin-tuc/… and /en/tin-tuc/…"""
    urls = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            urls.update(build_urls())
    return urls


def page_urls(page, cache_object):
    """The page's own addresses (its sub-pages such as the print view included)."""
    full_url = page.get_full_url(cache_object)
    if full_url is None:
        return []
    return [full_url + path.lstrip("/") for path in page.specific_deferred.get_cached_paths()]


def urls_showing(page):
    """Every address that shows `page`: its own, its ancestors' (the category, the news
    index, the home page) and the listings it names (listing_urls: archives, tags)."""

    cache_object = SimpleNamespace()

    def build():
        urls = list(page_urls(page, cache_object))
        for ancestor in page.get_ancestors().filter(depth__gt=1).specific(defer=True):
            urls += page_urls(ancestor, cache_object)
        listing_urls = getattr(page.specific_deferred, "listing_urls", None)
        if listing_urls:
            urls += listing_urls()
        return urls

    urls = in_every_language(build)
    for site in sites_of(page):
        urls.update(site.root_url + path for path in SITE_LISTING_PATHS)
    return urls


def purge_page(page):
    if front_cache_configured():
        purge_urls(urls_showing(page))
