"""The site builder's sections for the apps that exist today, and 'Đơn vị' in the admin
menu for the province's administrators."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import sections
from .admin_views import UnitSitesView
from .builder import BUILD_HOOK

hooks.register(BUILD_HOOK, sections.news_section, order=-40)
hooks.register(BUILD_HOOK, sections.procedures_section, order=-30)
hooks.register(BUILD_HOOK, sections.documents_section, order=-20)
hooks.register(BUILD_HOOK, sections.communes_news_section, order=-10)
hooks.register(BUILD_HOOK, sections.organisation_section, order=10)
hooks.register(BUILD_HOOK, sections.schedule_section, order=20)
hooks.register(BUILD_HOOK, sections.disclosures_section, order=30)
hooks.register(BUILD_HOOK, sections.participation_section, order=40)
hooks.register(BUILD_HOOK, sections.gallery_section, order=50)
hooks.register(BUILD_HOOK, sections.contact_section, order=100)


@hooks.register("register_admin_urls")
def register_unit_admin_urls():
    return [path("don-vi/", UnitSitesView.as_view(), name="unit_sites")]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_unit_sites_menu_item():
    return SuperuserMenuItem(_("Unit sites"), reverse("unit_sites"), icon_name="site", order=150)
