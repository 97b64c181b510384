from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, prefetch_related_objects
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.pages import site_root
from core.pagination import paginate

from . import registry
from .analysis import SearchQuery
from .engine import SearchResults
from .forms import SearchForm
from .models import Kind, SearchEntry
from .promotions import pinned_results
from .snippets import highlight, snippet

RESULTS_PER_PAGE = 10
TEMPLATE = "search/search_page.html"


@dataclass
class Result:
    title: str
    url: str
    kind: str
    kind_label: str
    date: object
    code: str
    snippet: str


def search(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return TemplateResponse(request, TEMPLATE, {"form": form}, status=400)
    query = SearchQuery(form.cleaned_data["q"])
    kind = form.cleaned_data["kind"]
    context = {"form": form, "query": query, "kind": kind}
    if query.is_empty:
        return TemplateResponse(request, TEMPLATE, context)

    pinned = pinned_results(query, site_root(request)) if not kind else []
    results = SearchResults(query, entries_to_search(request, pinned), kind=kind)
    listing = paginate(request, results, RESULTS_PER_PAGE)
    if listing.is_past_the_end:
        raise Http404(_("There are no more results for this search."))
    objects = linked_objects(listing.items)
    context.update(
        results=listing,
        shown=[shown_result(request, entry, query, objects) for entry in listing],
        first_number=listing.first_number,
        pinned=[pinned_link(request, promotion) for promotion in pinned] if listing.number == 1 else [],
        kind_links=kind_links(query, kind),
    )
    context["previous_url"] = (
        page_link(query, kind, listing.previous_page_number) if listing.has_previous else ""
    )
    context["next_url"] = page_link(query, kind, listing.next_page_number) if listing.has_next else ""
    return TemplateResponse(request, TEMPLATE, context)


def entries_to_search(request, pinned):
    entries = SearchEntry.objects.all()
    root = site_root(request)
    if root is not None:
        # Pages of this site, and everything that is not a page.
        entries = entries.filter(Q(path__startswith=root.path) | Q(page__isnull=True))
    pinned_pages = [promotion.page_id for promotion in pinned if promotion.page_id]
    if pinned_pages:
        entries = entries.exclude(page_id__in=pinned_pages)
    return entries


def linked_objects(entries):
    """What the results link to: their pages in one query, then one query per other model
    among them (procedures), whatever the number of results."""
    prefetch_related_objects([entry for entry in entries if entry.page_id], "page")
    wanted = defaultdict(list)
    for entry in entries:
        if entry.page_id is None:
            wanted[entry.content_type_id].append(entry.object_id)
    objects = {}
    for content_type_id, object_ids in wanted.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        for obj in model._default_manager.filter(pk__in=object_ids):
            objects[content_type_id, str(obj.pk)] = obj
    return objects


def shown_result(request, entry, query, objects):
    target = entry.page if entry.page_id else objects.get((entry.content_type_id, entry.object_id))
    return Result(
        title=highlight(entry.title, query),
        url=registry.for_object(target).url(target, request) if target is not None else "",
        kind=entry.kind,
        kind_label=Kind(entry.kind).label,
        date=entry.date,
        code=entry.code,
        snippet=snippet(entry.body, query),
    )


def pinned_link(request, promotion):
    page = promotion.page
    return {
        "title": page.title if page else promotion.external_link_text or promotion.external_link_url,
        "url": page.get_url(request) if page else promotion.external_link_url,
        "description": promotion.description or (page.search_description if page else ""),
    }


def page_link(query, kind, number):
    parameters = {"q": query.text}
    if kind:
        parameters["kind"] = kind
    if number > 1:
        parameters["page"] = number
    return "?" + urlencode(parameters)


def kind_links(query, current):
    choices = [("", pgettext("kind of search result", "All"))] + list(Kind.choices)
    return [
        {"label": label, "url": page_link(query, value, 1), "current": value == current}
        for value, label in choices
    ]
