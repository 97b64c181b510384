"""Wagtail's page types usage report counts the pages of every site, lists every site in
its filter and names each type's latest edit, whatever the site: it is for those who
manage the sites, not for one unit's editors (served in place of Wagtail's, portal.urls)."""

from django.utils.functional import cached_property
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Site
from wagtail.permissions import policy_registry

MANAGING_SITES = ["add", "change", "delete"]


def manages_sites(user):
    return policy_registry.get_by_type(Site).user_has_any_permission(user, MANAGING_SITES)


class SitesPageTypesUsageView(PageTypesUsageReportView):
    any_permission_required = MANAGING_SITES

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Site)


page_types_usage = require_admin_access(SitesPageTypesUsageView.as_view())
page_types_usage_results = require_admin_access(SitesPageTypesUsageView.as_view(results_only=True))
