from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.scope import SitePermissionPolicy, SiteScopedSnippetViewSet, register_site_policy

from .models import Department, Person

# Registered before the viewsets, which would otherwise create the default policies.
for model in (Person, Department):
    register_site_policy(SitePermissionPolicy(model, page_path="site__root_page__path"))


class EnglishStatusColumn(Column):
    """Which English fields are out of date, in the list: an editor sees the work left."""

    def get_value(self, instance):
        labels = instance.outdated_english_labels()
        return _("Out of date: %(fields)s") % {"fields": ", ".join(labels)} if labels else ""


class PersonViewSet(SiteScopedSnippetViewSet):
    model = Person
    icon = "user"
    list_display = [
        "full_name",
        "title",
        "department",
        Column("role", label=pgettext_lazy("organisation", "role"), accessor="get_role_display"),
        BooleanColumn("is_spokesperson", label=_("spokesperson")),
        "site",
        EnglishStatusColumn("english", label=_("English version")),
    ]
    list_filter = ["site", "role", "is_spokesperson"]
    search_fields = ["full_name", "title"]
    search_backend_name = None
    ordering = ["site", "sort_order", "full_name"]


class DepartmentViewSet(SiteScopedSnippetViewSet):
    model = Department
    icon = "group"
    list_display = [
        "name",
        "parent",
        "sort_order",
        "site",
        EnglishStatusColumn("english", label=_("English version")),
    ]
    list_filter = ["site"]
    search_fields = ["name"]
    search_backend_name = None
    ordering = ["site", "sort_order", "name"]


class OrganisationGroup(SnippetViewSetGroup):
    menu_label = pgettext_lazy("unit", "Organisation")
    menu_icon = "group"
    menu_order = 270
    items = (PersonViewSet, DepartmentViewSet)


register_snippet(OrganisationGroup)
