"""Pagination that never counts the whole table.

A COUNT over every live article grows with the archive; readers move page by page,
so a page only needs to know whether one more row exists after it."""

from dataclasses import dataclass


@dataclass
class ListingPage:
    items: list
    number: int
    has_previous: bool
    has_next: bool
    first_number: int = 1  # the first row's number in the whole list, for <ol start="...">

    @property
    def previous_page_number(self):
        return self.number - 1

    @property
    def next_page_number(self):
        return self.number + 1

    @property
    def has_other_pages(self):
        return self.has_previous or self.has_next

    @property
    def is_past_the_end(self):
        """An empty page after the first (?page=999): not found. The first page of an empty
        list is a page that says so."""
        return not self.items and self.number > 1

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


MAX_PAGE = 10_000


def requested_page_number(request):
    """?page=abc, ?page=-3 or ?page=10**30 all read as something sensible, never a 500."""
    raw = request.GET.get("page", "1")
    try:
        number = int(raw) if len(raw) <= 6 else 1
    except ValueError:
        number = 1
    return min(max(number, 1), MAX_PAGE)


def paginate(request, queryset, per_page, number=None):
    """The page `number` (by default the one the request asks for, read leniently)."""
    number = number or requested_page_number(request)
    start = (number - 1) * per_page
    rows = list(queryset[start : start + per_page + 1])
    return ListingPage(
        items=rows[:per_page],
        number=number,
        has_previous=number > 1,
        has_next=len(rows) > per_page,
        first_number=start + 1,
    )
