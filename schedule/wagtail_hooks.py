from django import forms
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet

from core.scope import (
    SitePermissionPolicy,
    SiteScopedIndexView,
    SiteScopedSnippetViewSet,
    register_site_policy,
)

from .admin_views import ScheduleImportView, WeekTableView
from .forms import ScheduleEntryForm
from .importing import SCHEDULE_COLUMNS
from .models import ScheduleEntry

# Registered before the viewset, which would otherwise create the default policy. An
# entry is changed by the editors of its schedule's page: a commune's editor keeps their
# own unit's schedule, not the province's.
register_site_policy(SitePermissionPolicy(ScheduleEntry, page_path="schedule__path"))


class ScheduleEntryIndexView(SiteScopedIndexView):
    """The list of entries, with a button to the week's table."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        buttons.append(
            HeaderButton(_("Enter a week"), url=reverse("schedule_entries:week"), icon_name="date")
        )
        buttons.append(
            HeaderButton(_("Import from a file"), url=reverse("schedule_entries:import"), icon_name="upload")
        )
        return buttons


class ScheduleEntryViewSet(SiteScopedSnippetViewSet):
    model = ScheduleEntry
    icon = "date"
    menu_label = _("Work schedule")
    menu_order = 270
    add_to_admin_menu = True
    url_prefix = "schedule"
    url_namespace = "schedule_entries"
    index_view_class = ScheduleEntryIndexView
    list_display = ["date", "start_time", "content", "place", "schedule"]
    list_filter = ["schedule", "date"]
    ordering = ["-date", "start_time"]
    search_fields = ["content", "place"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            # A list of the user's own schedules, rather than a chooser of the whole page tree.
            FieldPanel("schedule", widget=forms.Select),
            FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
            FieldPanel("content"),
            FieldPanel(
                "leaders", heading=pgettext_lazy("schedule", "Leaders"), widget=forms.CheckboxSelectMultiple
            ),
            FieldPanel("place"),
            FieldPanel("participants"),
            FieldPanel("preparing_unit"),
        ],
        base_form_class=ScheduleEntryForm,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("schedule")

    def get_urlpatterns(self):
        week_view = WeekTableView.as_view(index_url_name=self.get_url_name("list"))
        import_view = ScheduleImportView.as_view(
            index_url_name=self.get_url_name("list"),
            permission_policy=policy_registry.get_by_type(ScheduleEntry),
            columns=SCHEDULE_COLUMNS,
            help_template="schedule/admin/import_help.html",
        )
        return super().get_urlpatterns() + [
            path("week/", week_view, name="week"),
            path("import/", import_view, name="import"),
        ]


register_snippet(ScheduleEntryViewSet)
