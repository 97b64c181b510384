"""The two pages of the procedures area. Each route hands the request to
procedures.views, imported when a reader first asks: the models load without the
listing, the spreadsheets, the charts or the search app above them."""

import datetime

from django.db import models
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core.cache import cached_for_site
from core.models import UnitLevel, UnitSettings
from core.pages import IntroMixin, PortalPageMixin, in_public_section
from core.text import fold

from .catalogue import Level, Procedure
from .statistics import DossierStatistics

COMMUNE_UNIT_LEVELS = (UnitLevel.COMMUNE, UnitLevel.WARD, UnitLevel.SPECIAL_ZONE)


class ProcedureIndexPage(RoutablePageMixin, PortalPageMixin, IntroMixin, Page):
    """'Thủ tục hành chính': the searchable list, each procedure's page, and the open data."""

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

    def default_level(self, request):
        """A commune's or ward's list opens on the procedures done at its level; the
        reader may choose another level (the province's) from the same catalogue."""
        unit_level = UnitSettings.for_request(request).level
        return Level.COMMUNE if unit_level in COMMUNE_UNIT_LEVELS else ""

    @path("")
    def listing(self, request):
        from ..views import procedure_list

        return procedure_list(self, request)

    def statistics_links(self, request):
        """The one-stop results pages beside this list, cached with the site's menu."""

        def find():
            pages = OneStopStatisticsPage.objects.sibling_of(self).live().filter(in_public_section())
            return [(page.title, page.get_url(request)) for page in pages]

        return cached_for_site("procedure-statistics-links", self.pk, find)

    @path("csv/", name="csv")
    def csv_export(self, request):
        from ..views import procedures_csv

        return procedures_csv(self, request)

    @path("json/", name="json")
    def json_export(self, request):
        from ..views import procedures_json

        return procedures_json(self, request)

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

    @path("<slug:slug>/", name="procedure")
    def procedure_view(self, request, slug):
        from ..views import procedure_detail

        return procedure_detail(self, request, slug, "procedures/procedure_detail.html")

    @path("<slug:slug>/in/", name="procedure_print")
    def procedure_print_view(self, request, slug):
        from ..views import procedure_detail

        return procedure_detail(self, request, slug, "procedures/procedure_print.html")


class OneStopStatisticsPage(RoutablePageMixin, PortalPageMixin, IntroMixin, Page):
    """'Kết quả giải quyết thủ tục hành chính': one unit's one-stop results as a table
    and charts; the reader may switch to another unit that has figures."""

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
        from ..views import statistics_results

        return statistics_results(self, request)

    @path("csv/", name="csv")
    def csv_export(self, request):
        from ..views import statistics_csv

        return statistics_csv(self, request)
