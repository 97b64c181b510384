from django import template
from wagtail.models import Site

from core.cache import cached_for_site

from ..models import PortalLinksSettings, procedure_url

register = template.Library()


@register.inclusion_tag("home/includes/national_portal_link.html", takes_context=True)
def national_portal_link(context, code):
    """A link to the procedure's entry on the National Public Service Portal, by the
    site's pattern (PortalLinksSettings); nothing when the site sets none."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {"national_portal_url": None}
    # Kept until the settings change (home.signals renews the chrome version): no query per page.
    pattern = cached_for_site(
        "procedure-url-pattern", site.pk, lambda: PortalLinksSettings.for_site(site).procedure_url_pattern
    )
    return {"national_portal_url": procedure_url(pattern, code)}
