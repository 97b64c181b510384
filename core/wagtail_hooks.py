from wagtail import hooks

from .rich_text import CachedPageLinkHandler


# After Wagtail's own registration of the page link type, which this replaces.
@hooks.register("register_rich_text_features", order=100)
def register_cached_page_links(features):
    features.register_link_type(CachedPageLinkHandler)
