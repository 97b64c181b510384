from django.utils.translation import get_language
from wagtail.rich_text.pages import PageLinkHandler

from .cache import cached_with_chrome


class CachedPageLinkHandler(PageLinkHandler):
    """Links to pages inside rich text, resolved to URLs once per chrome version (which
    any publication, move or deletion renews): Wagtail otherwise fetches every linked
    page as its specific type each time the text is shown."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        ids = ",".join(str(attrs.get("id")) for attrs in attrs_list)
        return cached_with_chrome(
            f"page-links:{get_language()}:{ids}",
            lambda: super(CachedPageLinkHandler, cls).expand_db_attributes_many(attrs_list),
        )
