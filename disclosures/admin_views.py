"""The editors' checklist: the disclosures of their sites that are past their deadline
and not published, as an admin report and as a panel of the admin's dashboard."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from .checklist import missing_disclosures
from .models import DisclosureIndexPage

PANEL_LINES = 5


def checklists_for(user):
    """[(disclosures page, its missing lines)] of the pages in which the user may add disclosures."""
    indexes = [
        index
        for index in DisclosureIndexPage.objects.order_by("path")
        if index.permissions_for_user(user).can_add_subpage()
    ]
    return missing_disclosures(indexes)


class MissingDisclosuresView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "disclosures/admin/missing.html"
    page_title = _("Missing disclosures")
    header_icon = "warning"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "checklists": checklists_for(self.request.user)}


class MissingDisclosuresPanel(Component):
    """On the dashboard: how many disclosures are missing, and the oldest few."""

    name = "missing_disclosures"
    template_name = "disclosures/admin/missing_panel.html"
    order = 110

    def get_context_data(self, parent_context):
        checklists = checklists_for(parent_context["request"].user)
        lines = [(index, line) for index, missing in checklists for line in missing]
        return {
            "lines": lines[:PANEL_LINES],
            "total": len(lines),
            "report_url": reverse("disclosures_missing"),
        }
