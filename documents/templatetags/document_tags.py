from django import template

from core.pages import site_root

from ..listing import documents_in_site
from ..numbers import number_key

register = template.Library()


@register.simple_tag(takes_context=True)
def legal_basis_links(context, blocks):
    """[(legal basis entry, URL or "")]: an entry whose number and symbol the site's
    register holds links to that document. One query for the whole list."""
    entries = [block.value for block in blocks]
    keys = {number_key(entry["number"]) for entry in entries if entry.get("number")}
    root = site_root(context.get("request"))
    urls = {}
    if keys and root is not None:
        request = context.get("request")
        for document in documents_in_site(root).filter(number_key__in=keys):
            urls.setdefault(document.number_key, document.get_url(request))
    return [(entry, urls.get(number_key(entry.get("number") or ""), "")) for entry in entries]
