from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet

from core.scope import SitePermissionPolicy, SiteScopedSnippetViewSet, register_site_policy

from .models import UrgentNotice

# A unit's approvers warn their own site's readers, not another unit's.
register_site_policy(SitePermissionPolicy(UrgentNotice, page_path="site__root_page__path"))


class UrgentNoticeViewSet(SiteScopedSnippetViewSet):
    model = UrgentNotice
    icon = "warning"
    menu_label = _("Urgent notices")
    add_to_admin_menu = True
    menu_order = 250
    list_display = [
        "title",
        Column("severity", label=_("severity"), accessor="get_severity_display"),
        "site",
        "starts_at",
        "ends_at",
    ]
    list_filter = ["site", "severity"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("site")


register_snippet(UrgentNoticeViewSet)
