from django import template
from wagtail.models import Site

from organisation.models import OrganisationPage

register = template.Library()


@register.simple_tag(takes_context=True)
def organisation_page(context):
    """The site's live organisation page, for the footer (cached with it until a page changes)."""
    site = Site.find_for_request(context["request"]) if "request" in context else None
    if site is None:
        return None
    return OrganisationPage.objects.live().descendant_of(site.root_page).first()
