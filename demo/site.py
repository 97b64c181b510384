"""The demo unit's site: its home page, its address (BASE_URL) and its identity settings."""

from django.conf import settings
from django.contrib.sites.models import Site as DjangoSite
from wagtail.models import Page, Site

from core.models import UnitSettings
from core.site_address import set_site_address
from home.models import HomePage

from . import content


def demo_home(address):
    """The demo's home page, served by the default site at `address` (hostname, port)."""
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(title="Trang chủ", slug="trang-chu")
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    if site.root_page_id != home.pk:
        welcome = site.root_page if site.pk else None
        site.root_page = home
        if site.pk is None:
            site.hostname, site.port = address
        site.site_name = content.UNIT["name"]
        site.save()
        # Wagtail's placeholder "Welcome" page is replaced by ours.
        if welcome and welcome.specific_class is Page and welcome.depth == 2:
            welcome.delete()
    set_site_address(site, *address)
    DjangoSite.objects.filter(pk=settings.SITE_ID).update(name=content.UNIT["name"])
    unit = UnitSettings.for_site(site)
    if not unit.name:
        for field, value in content.UNIT.items():
            setattr(unit, field, value)
        unit.save()
    return home
