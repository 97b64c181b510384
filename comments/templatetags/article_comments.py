from django import template

from core.context_processors import CacheScope
from core.models import UnitSettings

from ..section import comment_section as section_context

register = template.Library()


@register.inclusion_tag("comments/comment_section.html", takes_context=True)
def comment_section(context):
    """Under an article page; the comment view passes its bound form and message back in."""
    request = context.get("request")
    section = section_context(
        context["page"], request, form=context.get("comment_form"), error=context.get("comment_error")
    )
    section["unit_name"] = UnitSettings.for_request(request).display_name if request else ""
    # An inclusion tag's template gets a new context, without what context processors gave.
    section["cache_scope"] = CacheScope(request)
    return section
