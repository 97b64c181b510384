"""Whether a response may be kept by the front cache (deploy/varnish/portal.vcl).

A page that every anonymous reader sees alike is sent `public` with a shared lifetime,
served stale for a moment while it is fetched again and for a day while the portal is
down; publications purge it early (core.front_cache). Browsers revalidate it every time
(max-age=0; the ETag of ConditionalGetMiddleware turns that into a 304).

Anything else is `private, no-store`: what a logged-in editor sees, a restricted page,
a form sent back with its errors, a response that sets a cookie."""

from django.conf import settings
from django.urls import reverse
from django.utils.cache import cc_delim_re, patch_cache_control

SHARED_MAX_AGE = 600
NOT_FOUND_MAX_AGE = 60
STALE_WHILE_REVALIDATE = 30
STALE_IF_ERROR = 24 * 3600
SHAREABLE_STATUS = {200, 301, 404, 410}
# Nothing an anonymous GET may receive depends on these (see LocaleMiddleware: an address
# without a language prefix is always Vietnamese).
NEEDLESS_VARY = {"cookie", "accept-language"}


def keep_private(request):
    """Marks the request's response as never to be shared (a restricted page, say)."""
    request.front_cache_private = True


def shared_max_age(seconds):
    """A view decorator: how long the front cache may keep this view's public responses."""

    def decorate(view):
        def wrapped(request, *args, **kwargs):
            request.front_cache_max_age = seconds
            return view(request, *args, **kwargs)

        return wrapped

    return decorate


class FrontCacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response  # the view (or whitenoise) has decided
        if self.shareable(request, response):
            max_age = getattr(request, "front_cache_max_age", SHARED_MAX_AGE)
            if response.status_code >= 400:
                max_age = min(max_age, NOT_FOUND_MAX_AGE)
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=max_age,
                stale_while_revalidate=STALE_WHILE_REVALIDATE,
                stale_if_error=STALE_IF_ERROR,
            )
            vary = [field for field in cc_delim_re.split(response.get("Vary", "")) if field]
            kept = [field for field in vary if field.lower() not in NEEDLESS_VARY]
            if kept:
                response["Vary"] = ", ".join(kept)
            elif vary:
                del response["Vary"]
        else:
            patch_cache_control(response, private=True, no_store=True)
        return response

    def shareable(self, request, response):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        return (
            request.method in ("GET", "HEAD")
            and response.status_code in SHAREABLE_STATUS
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not response.cookies
            # The page used a CSRF token: it is this visitor's.
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not getattr(request, "front_cache_private", False)
            and not getattr(request, "is_preview", False)
            and not request.path.startswith(self.admin_prefix)
        )
