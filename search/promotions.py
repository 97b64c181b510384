"""Results pinned by editors (Wagtail's search promotions), found whatever diacritics the
reader typed: a promotion saved for "một cửa" also answers "mot cua" and "MỘT CỬA"."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from .analysis import SearchQuery


def pinned_results(query, root=None):
    """The promotions whose query string reads as the same words, in the editors' order;
    a promotion of a page that is not live and public, or not under `root` (the visited
    site's home: a commune's pinned page is not pinned on the province's search), is left
    out. A pinned address outside the portal shows on every site."""
    if query.is_empty:
        return []
    query_ids = [
        query_id
        for query_id, query_string in Query.objects.filter(editors_picks__isnull=False)
        .values_list("id", "query_string")
        .distinct()
        if SearchQuery(query_string).terms == query.terms
    ]
    if not query_ids:
        return []
    promotions = list(
        SearchPromotion.objects.filter(query_id__in=query_ids)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    pages = Page.objects.filter(pk__in=page_ids).live().public()
    if root is not None:
        pages = pages.descendant_of(root, inclusive=True)
    visible = set(pages.values_list("pk", flat=True))
    return [
        promotion for promotion in promotions if promotion.page_id is None or promotion.page_id in visible
    ]
