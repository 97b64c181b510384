"""The test portal every app's tests start from (the root conftest's `portal` fixture), also
built once for a module whose tests only read it."""

from dataclasses import dataclass

from wagtail.models import Page, Site

from core.models import UnitSettings
from home.tests.factories import HomePageFactory
from news.tests.factories import NewsCategoryPageFactory, NewsIndexPageFactory


@dataclass
class Portal:
    site: Site
    home: object
    news_index: object
    category: object


def build_portal():
    """A site at testserver with a home page, a unit's identity, a news index and a category."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    site = Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    UnitSettings.objects.create(
        site=site, name="Xã Thử Nghiệm", name_en="Thu Nghiem Commune", email="lienhe@xa.example"
    )
    news_index = NewsIndexPageFactory(parent=home, show_in_menus=True)
    category = NewsCategoryPageFactory(parent=news_index, title="Thời sự tổng hợp", slug="thoi-su-tong-hop")
    return Portal(site=site, home=home, news_index=news_index, category=category)
