"""Whether a POST comes from a page of this site, without a CSRF token (see views.post_comment).

Browsers name the page a form was sent from in Origin (and Sec-Fetch-Site); a forged
cross-site post cannot hide it. A client that sends neither (an old browser, curl) is let
through: it has no victim's browser to abuse."""

from urllib.parse import urlsplit

from django.conf import settings

SAME_SITE_FETCHES = {"same-origin", "none"}


def from_this_site(request):
    origin = request.META.get("HTTP_ORIGIN")
    if origin:
        if origin in settings.CSRF_TRUSTED_ORIGINS:
            return True
        return origin != "null" and netloc(origin) == request.get_host()
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
    return fetch_site is None or fetch_site in SAME_SITE_FETCHES


def netloc(origin):
    """The host and port an Origin names, or None when it names none ("http://[::1")."""
    try:
        return urlsplit(origin).netloc
    except ValueError:
        return None
