from django import template
from wagtail.models import Site

from ..models import PortalLinksSettings

register = template.Library()


@register.inclusion_tag("home/includes/national_portal_link.html", takes_context=True)
def national_portal_link(context, code):
    """A link to the procedure's entry on the National Public Service Portal, by the
    site's pattern (PortalLinksSettings); nothing when the site sets none."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    url = PortalLinksSettings.for_site(site).procedure_url(code) if site is not None else None
    return {"national_portal_url": url}
