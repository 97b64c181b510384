from django.http.request import split_domain_port
from wagtail.models import Site

from .cache import cached_with_chrome, versions_read_once


class CachedSiteMiddleware:
    """Reads the cache versions once for the request, and finds the request's Wagtail site
    in the cache: Wagtail looks it up with a query of its own on every request, and the
    answer changes only when a site is edited."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with versions_read_once():
            hostname = split_domain_port(request._get_raw_host())[0]
            request._wagtail_site = cached_with_chrome(
                f"site:{hostname}:{request.get_port()}", lambda: find_site(request)
            )
            return self.get_response(request)


def find_site(request):
    site = Site._find_for_request(request)
    if site is not None:
        # Routing starts from the root page as its specific type: keep that in the cache too.
        site.root_page = site.root_page.specific
    return site
