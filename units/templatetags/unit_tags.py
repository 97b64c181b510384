from django import template

from core.models import UnitSettings
from core.pages import site_root

from ..communes import PROVINCE_LEVELS, communes_latest_news
from ..models import UnitNewsPage

register = template.Library()


@register.inclusion_tag("units/includes/communes_news.html", takes_context=True)
def communes_news(context):
    """On a province's home: a section per commune with its latest articles."""
    request = context.get("request")
    root = site_root(context.get("request"))
    if request is None or root is None or UnitSettings.for_request(request).level not in PROVINCE_LEVELS:
        return {"sections": []}
    listing = UnitNewsPage.objects.child_of(root).live().first()
    return {
        "request": request,
        "sections": communes_latest_news(root),
        "listing_url": listing.get_url(request) if listing else "",
    }
