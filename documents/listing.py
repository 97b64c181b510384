"""The register's list: filters read from the URL, counts per filter value, sorting.

Every parameter is checked: a value that names nothing (?loai=khong-co, ?nam=abc) is
refused with a Vietnamese message and status 400, and the list is still shown with the
other filters. The number of queries does not depend on how many documents there are
or which filters are used: the three lists, one count per filter (kept until the next
publication), one page."""

import dataclasses
import hashlib
from dataclasses import dataclass

from django.db.models import Count, F, Prefetch, Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import PageViewRestriction

from core.cache import cached_with_chrome
from core.lists import NamedListItem
from core.pages import in_public_section
from core.parameters import QueryParameters
from core.text_search import query_words, text_condition

from .models.lists import DocumentField, DocumentType, Issuer
from .models.pages import DocumentAttachment, LegalDocumentPage, Status

MAX_QUERY_LENGTH = 100
MIN_YEAR, MAX_YEAR = 1945, 2100


class Sort:
    NEWEST = "moi-nhat"
    OLDEST = "cu-nhat"
    EFFECTIVE = "hieu-luc"
    CHOICES = [
        (NEWEST, _("Newest first")),
        (OLDEST, _("Oldest first")),
        (EFFECTIVE, _("Latest in effect first")),
    ]
    ORDERING = {
        NEWEST: ["-issued_on", "-pk"],
        OLDEST: ["issued_on", "pk"],
        EFFECTIVE: ["-effective_on", "-issued_on", "-pk"],
    }


# URL parameter -> (label, model field it filters).
FACETS = {
    "loai": (pgettext_lazy("legal document", "Type"), "document_type"),
    "co_quan": (_("Issuing body"), "issuer"),
    "linh_vuc": (pgettext_lazy("legal document", "Field"), "field"),
    "nam": (_("Year of issue"), "issued_on__year"),
    "tinh_trang": (pgettext_lazy("legal document", "Status"), "status"),
}
PARAMETERS = {"q", "sap_xep", "page", *FACETS}


@dataclass
class DocumentFilters:
    query: str = ""
    values: dict = dataclasses.field(default_factory=dict)  # facet parameter -> chosen value
    sort: str = Sort.NEWEST
    page: int = 1
    errors: list = dataclasses.field(default_factory=list)

    def condition(self, without=None):
        condition = text_condition(self.query)
        for name, value in self.values.items():
            if name != without:
                condition &= Q(**{FACETS[name][1]: value})
        return condition

    @property
    def is_filtering(self):
        return bool(query_words(self.query) or self.values)


def _public(documents):
    # The section condition is a subquery per row: only worth it when a restriction exists.
    if cached_with_chrome("any-view-restriction", PageViewRestriction.objects.exists):
        documents = documents.filter(in_public_section())
    return documents


def documents_in(register):
    """The register's published documents that anyone may read."""
    return _public(
        LegalDocumentPage.objects.live().filter(path__startswith=register.path, depth=register.depth + 1)
    )


def documents_in_site(root):
    """Published documents of any register under a site's root page."""
    return _public(LegalDocumentPage.objects.live().filter(path__startswith=root.path))


@dataclass
class Facet:
    name: str
    label: str
    options: list  # [(value, label, count)]
    selected: str


@dataclass
class DocumentSearch:
    filters: DocumentFilters
    facets: list
    register: object

    @classmethod
    def from_request(cls, request, register):
        parameters = QueryParameters(
            request, labels={name: label for name, (label, _lookup) in FACETS.items()}
        )
        filters = DocumentFilters(errors=parameters.errors)
        query = parameters.single("q")
        if len(query) > MAX_QUERY_LENGTH:
            filters.errors.append(
                _("The search text is longer than %(max)s characters.") % {"max": MAX_QUERY_LENGTH}
            )
            query = query[:MAX_QUERY_LENGTH]
        filters.query = query
        sort = parameters.single("sap_xep")
        if sort and sort not in Sort.ORDERING:
            filters.errors.append(_("“%(value)s” is not a sort order of this list.") % {"value": sort[:40]})
        elif sort:
            filters.sort = sort
        filters.page = parameters.page_number()

        lists = {
            "loai": NamedListItem.sorted_for_readers(DocumentType.objects.all()),
            "co_quan": NamedListItem.sorted_for_readers(Issuer.objects.all()),
            "linh_vuc": NamedListItem.sorted_for_readers(DocumentField.objects.all()),
        }
        choices = {name: {item.slug: item for item in items} for name, items in lists.items()}
        choices["tinh_trang"] = {value: value for value in Status.values}
        for name in FACETS:
            if name == "nam":
                value = parameters.year(name, MIN_YEAR, MAX_YEAR)
            else:
                chosen = choices[name].get(parameters.choice(name, choices[name]))
                value = chosen.pk if isinstance(chosen, NamedListItem) else chosen
            if value:
                filters.values[name] = value

        documents = documents_in(register)
        counts = cls._counts(documents, filters, register)
        facets = []
        for name, items in lists.items():
            selected = choices[name].get(request.GET.get(name, "").strip())
            options = [
                (item.slug, item.name, counts[name].get(item.pk, 0))
                for item in items
                if counts[name].get(item.pk) or item == selected
            ]
            facets.append(Facet(name, FACETS[name][0], options, selected.slug if selected else ""))
        year = filters.values.get("nam")
        years = sorted(set(counts["nam"]) | ({year} if year else set()), reverse=True)
        facets.append(
            Facet(
                "nam",
                FACETS["nam"][0],
                [(str(y), str(y), counts["nam"].get(y, 0)) for y in years],
                str(year or ""),
            )
        )
        facets.append(
            Facet(
                "tinh_trang",
                FACETS["tinh_trang"][0],
                [(value, label, counts["tinh_trang"].get(value, 0)) for value, label in Status.choices],
                filters.values.get("tinh_trang", ""),
            )
        )
        return cls(filters=filters, facets=facets, register=register)

    @staticmethod
    def _counts(documents, filters, register):
        """{facet: {value: documents matching every other filter}}: one query a facet, each
        a scan of every matching document, so kept until the next publication (which renews
        the chrome version): at 10,000 documents they were most of the list's time."""
        conditions = (filters.query, sorted(filters.values.items()))
        key = hashlib.sha256(repr(conditions).encode()).hexdigest()[:32]
        return cached_with_chrome(
            f"document-counts:{register.pk}:{key}", lambda: DocumentSearch._count(documents, filters)
        )

    @staticmethod
    def _count(documents, filters):
        counts = {}
        for name, (_label, lookup) in FACETS.items():
            matching = documents.filter(filters.condition(without=name))
            if name == "nam":
                rows = matching.annotate(group=ExtractYear("issued_on")).values("group")
            else:
                rows = matching.values(group=F(lookup))
            counts[name] = {row["group"]: row["count"] for row in rows.annotate(count=Count("pk")).order_by()}
        return counts

    def documents(self):
        return (
            documents_in(self.register)
            .filter(self.filters.condition())
            .select_related("document_type", "issuer", "field")
            .prefetch_related(
                Prefetch("attachments", queryset=DocumentAttachment.objects.select_related("document"))
            )
            .order_by(*Sort.ORDERING[self.filters.sort])
        )

    @property
    def total(self):
        """From the counts per status already fetched: no COUNT over the whole list."""
        status = next(facet for facet in self.facets if facet.name == "tinh_trang")
        return sum(
            count
            for value, _label, count in status.options
            if not status.selected or value == status.selected
        )
