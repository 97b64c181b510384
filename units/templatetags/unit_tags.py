from django import template

from core.pages import site_root

from ..models import UnitNewsPage

register = template.Library()


@register.inclusion_tag("units/includes/communes_news.html", takes_context=True)
def communes_news(context):
    """On a province's home: a section per commune with its latest articles (the home
    page's context holds them, their cards read with its own)."""
    request = context.get("request")
    sections = context.get("communes_sections")
    if not sections:
        return {"sections": []}
    listing = UnitNewsPage.objects.child_of(site_root(request)).live().first()
    return {
        "request": request,
        "sections": sections,
        "listing_url": listing.get_url(request) if listing else "",
    }
