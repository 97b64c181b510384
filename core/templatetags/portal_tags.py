import json
from dataclasses import dataclass

from django import template
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.cache import cached_for_site
from core.pages import in_public_section, site_root

register = template.Library()


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    url_path: str


# Characters that could close the <script> element or start an HTML comment inside it.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def home_url(context):
    root = site_root(context.get("request"))
    return root.get_url(context.get("request")) if root else "/"


@register.simple_tag(takes_context=True)
def subpage_url(context, page, name, *args):
    """Wagtail's routablepageurl, with the page's own URL worked out once per request: an
    article links to several tag and author archives of the same news index."""
    request = context.get("request")
    known = request.__dict__.setdefault("_portal_page_urls", {}) if request else {}
    if page.pk not in known:
        known[page.pk] = page.get_url(request)
    return known[page.pk] + page.reverse_subpage(name, args=args)


@register.simple_tag(takes_context=True)
def url_in_language(context, language_code):
    """The page the reader is on, in the other language (a link: no JavaScript, no cookie)."""
    request = context.get("request")
    return translate_url(request.get_full_path() if request else "/", language_code)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    root = site_root(context.get("request"))
    page = context.get("page")
    request = context.get("request")

    def menu_items():
        pages = root.get_children().live().in_menu().filter(in_public_section())
        return [MenuItem(item.title, item.get_url(request), item.url_path) for item in pages]

    return {
        "home": MenuItem(root.title, root.get_url(request), root.url_path) if root else None,
        "items": cached_for_site("main-menu", root.pk, menu_items) if root else [],
        "current_url_path": page.url_path if page else "",
    }


@register.simple_tag
def json_ld(data):
    """Structured data for search engines, escaped so that no text can end the script."""
    payload = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
