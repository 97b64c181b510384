from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import UrgentNotice


class UrgentNoticeViewSet(SnippetViewSet):
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


register_snippet(UrgentNoticeViewSet)
