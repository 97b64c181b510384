from django.utils.translation import get_language
from wagtail.models import Site

from .cache import chrome_version


class CacheScope:
    """What every cached fragment varies on: the chrome version, the site and the
    language. Read only when a fragment is looked up (`{% wagtailcache … cache_scope %}`)."""

    def __init__(self, request):
        self.request = request

    def __str__(self):
        site = Site.find_for_request(self.request)
        return f"{chrome_version()}:{site.pk if site else ''}:{get_language()}"


def cache_scope(request):
    return {"cache_scope": CacheScope(request)}
