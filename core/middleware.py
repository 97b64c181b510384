from .cache import versions_read_once


class CacheVersionsMiddleware:
    """Reads each cache version at most once per request: a page looks up a dozen entries."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with versions_read_once():
            return self.get_response(request)
