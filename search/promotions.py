"""Results pinned by editors (Wagtail's search promotions), found whatever diacritics the
reader typed: a promotion saved for "một cửa" also answers "mot cua" and "MỘT CỬA"."""

from django.db.models import Q
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from core.pages import in_public_section

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
    visible_pages = Page.objects.live().filter(in_public_section()).values("pk")
    return list(
        SearchPromotion.objects.filter(query_id__in=query_ids)
        .filter(Q(page__isnull=True) | Q(page__in=visible_pages))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
