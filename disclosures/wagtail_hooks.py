from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.lists import NamedListViewSet

from .admin_views import MissingDisclosuresPanel, MissingDisclosuresView
from .models import DisclosureKind, DisclosurePage


class DisclosureFilterSet(PageListingViewSet.filterset_class):
    class Meta:
        model = DisclosurePage
        fields = ["kind", "year", "period"]


class DisclosureListingViewSet(PageListingViewSet):
    """Every site's disclosures in one list; each editor sees what their page permissions allow."""

    model = DisclosurePage
    name = "disclosures"
    icon = "list-ul"
    menu_label = _("Disclosures")
    filterset_class = DisclosureFilterSet
    columns = PageListingViewSet.columns + [
        Column("kind", label=_("Kind of disclosure")),
        Column("period", label=pgettext_lazy("disclosure", "Period"), accessor="covered_period.label"),
    ]


class DisclosureKindViewSet(NamedListViewSet):
    model = DisclosureKind
    icon = "date"
    list_display = [
        "name",
        "section",
        BooleanColumn("quarterly", label=_("expected every quarter")),
        BooleanColumn("six_monthly", label=_("expected for the first six months")),
        BooleanColumn("yearly", label=_("expected every year")),
        "due_days",
        "due_from",
    ]


class DisclosuresGroup(SnippetViewSetGroup):
    menu_label = _("Public disclosures")
    menu_icon = "list-ul"
    menu_order = 270
    items = (DisclosureListingViewSet, DisclosureKindViewSet)


register_snippet(DisclosuresGroup)


@hooks.register("register_admin_urls")
def register_missing_disclosures_url():
    return [path("cong-khai-con-thieu/", MissingDisclosuresView.as_view(), name="disclosures_missing")]


@hooks.register("register_admin_menu_item")
def register_missing_disclosures_menu_item():
    return MenuItem(
        _("Missing disclosures"),
        reverse("disclosures_missing"),
        name="cong-khai-con-thieu",
        icon_name="warning",
        order=271,
    )


@hooks.register("construct_homepage_panels")
def add_missing_disclosures_panel(request, panels):
    panels.append(MissingDisclosuresPanel())
