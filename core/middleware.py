from django.http.request import split_domain_port
from wagtail.models import Site

from .cache import cached_with_chrome


class CachedSiteMiddleware:
    """Finds the request's Wagtail site in the cache. Wagtail looks it up with a query of
    its own on every request, and the answer changes only when a site is edited."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = cached_with_chrome(
            f"site:{hostname}:{request.get_port()}", lambda: Site._find_for_request(request)
        )
        return self.get_response(request)
