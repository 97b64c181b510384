from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core.pages import IntroMixin, PortalPageMixin
from core.pagination import paginate

from ..checklist import YearChecklist
from ..listing import DisclosureFilters, PeriodFilters
from .kinds import YEAR_VALIDATORS

LISTING_PAGE_SIZE = 20


def this_year():
    return timezone.localdate().year


class DisclosureIndexPage(RoutablePageMixin, PortalPageMixin, IntroMixin, Page):
    """'Công khai': a site's disclosures, listed, and shown period by period."""

    tracked_since = models.PositiveSmallIntegerField(
        _("checklist from the year"),
        default=this_year,
        validators=YEAR_VALIDATORS,
        help_text=_("Missing disclosures are flagged for periods from this year on."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("tracked_since")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["disclosures.DisclosurePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("public disclosures page")
        verbose_name_plural = _("public disclosures pages")

    def get_cached_paths(self):
        return ["/", self.reverse_subpage("periods")]

    @path("")
    def listing(self, request):
        filters = DisclosureFilters.from_request(request, self)
        disclosures = paginate(request, filters.disclosures(), LISTING_PAGE_SIZE)
        response = self.render(
            request,
            context_overrides={
                "filters": filters,
                "disclosures": disclosures,
                "index_url": self.get_url(request),
            },
        )
        if filters.errors:
            response.status_code = 400
        return response

    @path("theo-ky/", name="periods")
    def period_view(self, request):
        filters = PeriodFilters.from_request(request, self)
        response = self.render(
            request,
            template="disclosures/disclosure_periods.html",
            context_overrides={
                "filters": filters,
                "checklist": YearChecklist.for_index(self, filters.year, filters.section),
                "index_url": self.get_url(request),
            },
        )
        if filters.errors:
            response.status_code = 400
        return response
