from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q, prefetch_related_objects
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.pagination import paginate
from core.templatetags.portal_tags import site_root

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

    pinned = pinned_results(query) if not kind else []
    results = SearchResults(query, entries_to_search(request, pinned), kind=kind)
    listing = paginate(request, results, RESULTS_PER_PAGE)
    if not listing.items and listing.number > 1:
        raise Http404(_("There are no more results for this search."))
    prefetch_related_objects(listing.items, "page")
    context.update(
        results=listing,
        shown=[shown_result(request, entry, query) for entry in listing],
        first_number=(listing.number - 1) * RESULTS_PER_PAGE + 1,
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
    root = site_root({"request": request})
    if root is not None:
        # Pages of this site, and everything that is not a page.
        entries = entries.filter(Q(path__startswith=root.path) | Q(page__isnull=True))
    pinned_pages = [promotion.page_id for promotion in pinned if promotion.page_id]
    if pinned_pages:
        entries = entries.exclude(page_id__in=pinned_pages)
    return entries


def shown_result(request, entry, query):
    return Result(
        title=highlight(entry.title, query),
        url=entry.page.get_url(request) if entry.page else in_current_language(entry.url),
        kind=entry.kind,
        kind_label=Kind(entry.kind).label,
        date=entry.date,
        code=entry.code,
        snippet=snippet(entry.body, query),
    )


def in_current_language(url):
    """Links of objects that are not pages were made in the default language."""
    language = get_language()
    return url if language == settings.LANGUAGE_CODE else translate_url(url, language)


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
    choices = [("", _("All"))] + list(Kind.choices)
    return [
        {"label": label, "url": page_link(query, value, 1), "current": value == current}
        for value, label in choices
    ]
