"""Two clearly sample communes beside the demo portal, each at its own address on the
same port (browsers send *.localhost to 127.0.0.1), with a couple of sample articles;
the demo portal's home then lists their latest news. Safe to run again."""

import datetime

from django.utils.html import escape
from wagtail.models import Site

from core.demo import child
from core.models import UnitSettings
from core.site_address import base_address, set_site_address
from news.models import ArticlePage, NewsCategoryPage, NewsIndexPage
from units.builder import build_unit_site
from units.sections import communes_news_section

SAMPLE_NOTE = "Đây là bài viết mẫu của một xã mẫu, để minh họa cổng thông tin; nội dung không phải tin thật."
COMMUNES = [
    ("Xã Mẫu A (đơn vị minh họa)", "xa-mau-a.localhost"),
    ("Xã Mẫu B (đơn vị minh họa)", "xa-mau-b.localhost"),
]
ARTICLES = [
    ("Tin hoạt động", "%s tổ chức ngày hội đại đoàn kết (bài mẫu)", datetime.date(2025, 11, 18)),
    (
        "Cải cách hành chính",
        "%s niêm yết thủ tục hành chính tại bộ phận một cửa (bài mẫu)",
        datetime.date(2025, 11, 25),
    ),
]


def commune_addresses():
    """[(name, address)] of the sample communes, on BASE_URL's port."""
    port = base_address()[1]
    return [(name, f"http://{hostname}:{port}/") for name, hostname in COMMUNES]


def sample_articles(home, short_name):
    news_index = NewsIndexPage.objects.child_of(home).get()
    for category_title, title, date in ARTICLES:
        category = NewsCategoryPage.objects.child_of(news_index).get(title=category_title)
        child(
            category,
            ArticlePage,
            title % short_name,
            summary=SAMPLE_NOTE,
            body=[{"type": "paragraph", "value": f"<p>{escape(SAMPLE_NOTE)}</p>"}],
            byline="Ban Biên tập (bài mẫu)",
            date=date,
        )


def load_units_demo(home, stdout):
    """`home`: the demo portal's home page, which gathers the communes' news."""
    port = base_address()[1]
    for name, hostname in COMMUNES:
        # The communes follow the portal when BASE_URL changes port.
        moved = Site.objects.filter(hostname=hostname).exclude(port=port).first()
        if moved:
            set_site_address(moved, hostname, port)
        built = build_unit_site(name, "xã", f"{hostname}:{port}")
        unit = UnitSettings.objects.get(site=built.site)
        if not unit.address:
            unit.address = f"Trụ sở UBND {name} (địa chỉ mẫu)"
            unit.governing_body = f"Ủy ban nhân dân {name}"
            unit.save()
        sample_articles(built.home, name.split(" (")[0])
    site = home.get_site()
    communes_news_section(site, home, UnitSettings.for_site(site).level)
    for name, address in commune_addresses():
        stdout.write(f"{name}: {address}")
