from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from .admin_views import ScheduleImportView, WeekTableView
from .forms import ScheduleEntryForm, editable_schedules
from .importing import SCHEDULE_COLUMNS
from .models import ScheduleEntry
from .permissions import ScheduleEntryPermissionPolicy

# Registered before the viewset, which would otherwise create the default policy.
register_permission_policy(ScheduleEntry, ScheduleEntryPermissionPolicy(ScheduleEntry))


class ScheduleEntryIndexView(IndexView):
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


class ScheduleEntryEditView(EditView):
    """Wagtail's edit view checks the model permission only; an entry also needs the right
    to edit its schedule's page (ScheduleEntryPermissionPolicy)."""

    def get_object(self, queryset=None):
        entry = super().get_object(queryset)
        if not self.user_has_permission_for_instance("change", entry):
            raise PermissionDenied
        return entry


class ScheduleEntryViewSet(SnippetViewSet):
    model = ScheduleEntry
    icon = "date"
    menu_label = _("Work schedule")
    menu_order = 270
    add_to_admin_menu = True
    url_prefix = "schedule"
    url_namespace = "schedule_entries"
    index_view_class = ScheduleEntryIndexView
    edit_view_class = ScheduleEntryEditView
    list_display = ["date", "start_time", "content", "place", "schedule"]
    list_filter = ["schedule", "date"]
    ordering = ["-date", "start_time"]
    search_fields = ["content", "place"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("schedule"),
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
        # An editor sees the entries of the schedules they may edit, not another commune's.
        return ScheduleEntry.objects.filter(schedule__in=editable_schedules(request.user)).select_related(
            "schedule"
        )

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
