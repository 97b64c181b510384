"""After `make run` the portal is served at BASE_URL (http://127.0.0.1:8000), and every
address it prints (canonical URL, og:url, JSON-LD, sitemap, feeds, print sources) says so,
never http://localhost/."""

import io
import json
import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.contrib.sites.models import Site as DjangoSite
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Site

from demo.seed import read_seed_article
from news.models import ArticlePage, NewsCategoryPage, NewsIndexPage, SupervisionReportPage
from procedures.models import Procedure, ProcedureIndexPage

pytestmark = pytest.mark.django_db


def load_demo(base_url):
    with override_settings(WAGTAILADMIN_BASE_URL=base_url):
        call_command("load_demo_content", "--no-admin", stdout=io.StringIO())


def portal_home():
    """The demo portal's home (the demo also makes two sample communes' sites)."""
    return Site.objects.get(is_default_site=True).root_page


def public_pages():
    """The addresses of every kind of public page of the demo."""
    article = SupervisionReportPage.objects.get(title=read_seed_article().title)
    category = NewsCategoryPage.objects.get(slug="thoi-su-tong-hop")
    procedures = ProcedureIndexPage.objects.child_of(portal_home()).get()
    procedure = Procedure.objects.order_by("code").first()
    return [
        "/",
        "/robots.txt",
        NewsIndexPage.objects.child_of(portal_home()).get().url,
        category.url,
        f"{category.url}rss/",
        f"{category.url}atom/",
        article.url,
        f"{article.url}in/",
        procedures.url,
        f"{procedures.url}{procedure.slug}/",
        f"{procedures.url}{procedure.slug}/in/",
        f"{procedures.url}json/",
    ]


def read_everything(client, host, secure=False):
    """{path: body} for the public pages and every file of the sitemap."""
    bodies = {}
    for path in public_pages():
        response = client.get(path, HTTP_HOST=host, secure=secure)
        assert response.status_code == 200, path
        bodies[path] = response.content.decode()
    index = client.get("/sitemap.xml", HTTP_HOST=host, secure=secure).content.decode()
    bodies["/sitemap.xml"] = index
    for location in re.findall(r"<loc>(.*?)</loc>", index):
        parts = urlsplit(unescape(location))
        bodies[location] = client.get(
            parts.path, {"p": parts.query[2:]} if parts.query else {}, HTTP_HOST=host, secure=secure
        ).content.decode()
    return bodies


def test_after_make_run_no_public_page_names_localhost(client):
    load_demo("http://127.0.0.1:8000")

    pages = read_everything(client, "127.0.0.1:8000")

    # The sample communes are at *.localhost on purpose (demo.units); the portal is not.
    assert [path for path, body in pages.items() if "://localhost" in body] == []
    article = SupervisionReportPage.objects.get(title=read_seed_article().title)
    canonical = article.full_url
    assert canonical.startswith("http://127.0.0.1:8000/")
    page = pages[article.url]
    assert f'<link rel="canonical" href="{canonical}">' in page
    assert f'<meta property="og:url" content="{canonical}">' in page
    json_ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1])
    assert json_ld["mainEntityOfPage"] == canonical
    sample = client.get(ArticlePage.objects.filter(lead_image__isnull=False).first().url).content.decode()
    assert '<meta property="og:image" content="http://127.0.0.1:8000/media/' in sample
    assert f"Nguồn: {canonical}" in pages[f"{article.url}in/"]
    assert f"<loc>{canonical}</loc>" in "".join(pages.values())
    assert f"<link>{canonical}</link>" in pages[f"{article.category.url}rss/"]


def test_a_portal_at_an_https_address_prints_https_addresses_whatever_host_reached_it(client):
    """Behind nginx the request may reach gunicorn by another name: the addresses printed
    are still the site's public one."""
    load_demo("https://congthongtin.xa-mau.gov.vn")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == (
        "congthongtin.xa-mau.gov.vn",
        443,
        "https://congthongtin.xa-mau.gov.vn",
    )
    assert DjangoSite.objects.get_current().domain == "congthongtin.xa-mau.gov.vn"

    pages = read_everything(client, "127.0.0.1:8001")

    assert [path for path, body in pages.items() if "://localhost" in body or "127.0.0.1" in body] == []
    procedure = Procedure.objects.order_by("code").first()
    detail = pages[f"{ProcedureIndexPage.objects.child_of(portal_home()).get().url}{procedure.slug}/"]
    assert (
        f'<link rel="canonical" href="https://congthongtin.xa-mau.gov.vn/thu-tuc-hanh-chinh/{procedure.slug}/">'
        in (detail)
    )


def test_loading_the_demo_again_moves_it_to_the_new_base_url(client):
    load_demo("http://127.0.0.1:8000")
    load_demo("http://192.0.2.10:8080")

    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://192.0.2.10:8080"
    assert DjangoSite.objects.get_current().domain == "192.0.2.10:8080"
