from html import unescape

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from core.models import UnitSettings

register = template.Library()

DESCRIPTION_WORDS = 50


@register.simple_tag(takes_context=True)
def meta_description(context, page=None):
    """What search engines show under the title: the page's own description, else its
    summary or introduction, else what the unit's settings say of the portal."""
    page = page or context.get("page")
    for field in ("search_description", "summary", "intro"):
        text = " ".join(unescape(strip_tags(str(getattr(page, field, "") or ""))).split())
        if text:
            return Truncator(text).words(DESCRIPTION_WORDS)
    request = context.get("request")
    unit = UnitSettings.for_request(request) if request else None
    if unit and unit.display_name:
        return _(
            "Electronic information portal of %(unit)s: news, administrative procedures and their results."
        ) % {"unit": unit.display_name}
    return _("Electronic information portal: news, administrative procedures and their results.")
