from django import template
from django.utils import timezone
from wagtail.models import Page, Site

from core.http_cache import SHARED_MAX_AGE

from ..models import notices_for

register = template.Library()


@register.simple_tag(takes_context=True)
def current_urgent_notices(context):
    """The notices shown now on the page being drawn, the most urgent first. A view
    without a page of the tree (a search, an error) shows the notices for the whole site.

    The page is kept by the front cache at most until the next start or end of a notice
    that targets it: a banner appears and goes on time even if the ban planned for that
    moment (alerts.signals) is lost."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    page = context.get("page")
    page_path = page.path if isinstance(page, Page) else ""
    notices, until_next = notices_for(site, page_path, timezone.now())
    if until_next is not None:
        seconds = max(0, int(until_next.total_seconds()))
        request.front_cache_max_age = min(getattr(request, "front_cache_max_age", SHARED_MAX_AGE), seconds)
    return notices
