from wagtail import hooks

from .http_cache import keep_private
from .rich_text import CachedPageLinkHandler


# After Wagtail's own registration of the page link type, which this replaces.
@hooks.register("register_rich_text_features", order=100)
def register_cached_page_links(features):
    features.register_link_type(CachedPageLinkHandler)


# Before Wagtail's own check, which answers a restricted page with a login or password form.
@hooks.register("before_serve_page", order=-1)
def keep_restricted_pages_private(page, request, serve_args, serve_kwargs):
    if page.get_view_restrictions():
        keep_private(request)
