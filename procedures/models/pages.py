import datetime

from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.cache import cached_for_site
from core.models import UnitLevel, UnitSettings
from core.pages import PortalPageMixin, in_public_section, pages_of_type
from core.pagination import paginate
from core.text import fold

from ..blocks import group_documents
from ..charts import results_charts
from ..export import csv_response, json_response
from ..listing import ProcedureSearch
from ..statistics_import import statistics_csv_response
from ..statistics_report import StatisticsReport
from ..structured_data import government_service
from .catalogue import Level, Procedure
from .statistics import DossierStatistics

LISTING_PAGE_SIZE = 20
EXPORT_FILENAME = "thu-tuc-hanh-chinh"
COMMUNE_UNIT_LEVELS = (UnitLevel.COMMUNE, UnitLevel.WARD, UnitLevel.SPECIAL_ZONE)


def procedure_index_url(site_root=None):
    """The list's URL, which every procedure's own URL starts with: the list of the site
    whose root is given (each unit's site shows the province's one catalogue), else the
    first list found. Cached, and renewed with the site's menu whenever a page is
    published, moved or deleted."""

    def find():
        indexes = pages_of_type(ProcedureIndexPage).live().filter(in_public_section())
        index = (indexes.descendant_of(site_root) if site_root else indexes).first()
        return index.url if index else ""

    return cached_for_site("procedure-index-url", site_root.pk if site_root else "any", find)


class ProcedureIndexPage(RoutablePageMixin, PortalPageMixin, Page):
    """'Thủ tục hành chính': the searchable list, each procedure's page, and the open data."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    notice = models.TextField(
        _("notice"),
        blank=True,
        help_text=_("Shown above the list and on every procedure, e.g. where the list comes from."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("notice")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("procedure list")

    def get_sitemap_urls(self, request=None):
        """The list, then every procedure's page: they are what residents search for."""
        index_url = self.get_full_url(request)
        return super().get_sitemap_urls(request) + [
            {
                "location": f"{index_url}{slug}/",
                "lastmod": timezone.make_aware(datetime.datetime.combine(updated_on, datetime.time())),
            }
            for slug, updated_on in Procedure.objects.values_list("slug", "updated_on")
        ]

    def procedure_search(self, request):
        return ProcedureSearch.from_request(request, default_level=self.default_level(request))

    def default_level(self, request):
        """A commune's or ward's list opens on the procedures done at its level; the
        reader may choose another level (the province's) from the same catalogue."""
        unit_level = UnitSettings.for_request(request).level
        return Level.COMMUNE if unit_level in COMMUNE_UNIT_LEVELS else ""

    @path("")
    def listing(self, request):
        search = self.procedure_search(request)
        procedures = paginate(request, search.procedures(), LISTING_PAGE_SIZE)
        if not procedures.items and procedures.number > 1:
            raise Http404(_("There is no such page in this list."))
        return self.render(
            request,
            context_overrides={
                "search": search,
                "procedures": procedures,
                "first_number": (procedures.number - 1) * LISTING_PAGE_SIZE + 1,
                # Each procedure's URL is this one and its slug: no URL reversing per row.
                "index_url": self.get_url(request),
                "statistics_links": self.statistics_links(request),
            },
        )

    def statistics_links(self, request):
        """The one-stop results pages beside this list, cached with the site's menu."""

        def find():
            pages = OneStopStatisticsPage.objects.sibling_of(self).live().filter(in_public_section())
            return [(page.title, page.get_url(request)) for page in pages]

        return cached_for_site("procedure-statistics-links", self.pk, find)

    def _exported(self, request):
        """Every matching procedure with all its parts: open data is not paginated."""
        condition = self.procedure_search(request).filters.condition()
        return Procedure.objects.select_related("field", "agency").filter(condition)

    @path("csv/", name="csv")
    def csv_export(self, request):
        return csv_response(self._exported(request), EXPORT_FILENAME)

    @path("json/", name="json")
    def json_export(self, request):
        return json_response(self._exported(request), request, self.get_full_url(request), EXPORT_FILENAME)

    def procedure(self, slug):
        return get_object_or_404(Procedure.objects.select_related("field", "agency"), slug=slug)

    def related_procedures(self, procedure):
        """[(code, procedure or None)]: a code not in this list is shown without a link."""
        codes = procedure.related_code_list
        found = {
            related.code: related
            for related in Procedure.objects.filter(code__in=codes).only("code", "slug", "name")
        }
        return [(code, found.get(code)) for code in codes]

    def procedure_response(self, request, slug, template):
        procedure = self.procedure(slug)
        context = self.get_context(request)
        canonical_url = self.get_full_url(request) + self.reverse_subpage("procedure", args=[procedure.slug])
        context.update(
            procedure=procedure,
            canonical_url=canonical_url,
            document_groups=group_documents((block.block_type, block.value) for block in procedure.documents),
            related_procedures=self.related_procedures(procedure),
            structured_data=government_service(procedure, canonical_url, UnitSettings.for_request(request)),
        )
        return TemplateResponse(request, template, context)

    @path("<slug:slug>/", name="procedure")
    def procedure_view(self, request, slug):
        return self.procedure_response(request, slug, "procedures/procedure_detail.html")

    @path("<slug:slug>/in/", name="procedure_print")
    def procedure_print_view(self, request, slug):
        return self.procedure_response(request, slug, "procedures/procedure_print.html")


class OneStopStatisticsPage(RoutablePageMixin, PortalPageMixin, Page):
    """'Kết quả giải quyết thủ tục hành chính': one unit's one-stop results as a table
    and charts; the reader may switch to another unit that has figures."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    unit = models.CharField(
        _("unit shown first"),
        max_length=255,
        blank=True,
        help_text=_("As written in the one-stop results, e.g. “Xã Tam Hồng”. Empty: this portal's own unit."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("unit")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("one-stop results page")

    def units(self, request):
        """[(name, label, stored keys)], the unit shown first at the top. The portal's own
        figures may be stored under "" and under its name: one unit, listed once, under
        the current name from the unit's settings."""
        own = UnitSettings.for_request(request)
        keys = set(DossierStatistics.objects.values_list("unit", flat=True).distinct()) | {self.unit}
        grouped = {}
        for key in sorted(keys, key=lambda key: key == ""):  # a named key's rows count first
            grouped.setdefault(key or own.name, []).append(key)
        first = self.unit or own.name
        return [
            (name, own.display_name if "" in stored and own.display_name else name, stored)
            for name, stored in sorted(grouped.items(), key=lambda item: (item[0] != first, fold(item[0])))
        ]

    def chosen_unit(self, request):
        """(the unit asked for by ?don_vi=, or the one shown first; whether the one asked
        for was unknown; every unit as units() lists them)."""
        units = self.units(request)
        asked = request.GET.get("don_vi")
        asked = (asked or UnitSettings.for_request(request).name) if asked is not None else None
        chosen = next((unit for unit in units if unit[0] == asked), None)
        return chosen or units[0], asked is not None and chosen is None, units

    @path("")
    def results(self, request):
        (name, label, stored), unknown_unit, units = self.chosen_unit(request)
        report = StatisticsReport.for_units(name, stored)
        return self.render(
            request,
            context_overrides={
                "report": report,
                "unit_label": label,
                "units": units,
                "unknown_unit": unknown_unit,
                "charts": results_charts(report),
            },
        )

    @path("csv/", name="csv")
    def csv_export(self, request):
        (_name, _label, stored), _unknown, _units = self.chosen_unit(request)
        return statistics_csv_response(stored)
