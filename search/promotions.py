"""Results pinned by editors (Wagtail's search promotions), found whatever diacritics the
reader typed: a promotion saved for "một cửa" also answers "mot cua" and "MỘT CỬA"."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from .analysis import SearchQuery


def pinned_results(query):
    """The promotions whose query string reads as the same words, in the editors' order;
    a promotion of a page that is not live and public is left out."""
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
    visible = set(Page.objects.filter(pk__in=page_ids).live().public().values_list("pk", flat=True))
    return [
        promotion for promotion in promotions if promotion.page_id is None or promotion.page_id in visible
    ]
