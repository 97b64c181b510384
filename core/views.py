from django.contrib.sitemaps.views import SitemapIndexItem
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse

from .site_address import site_url
from .sitemaps import PageSitemap


def favicon(request):
    """/favicon.ico, which browsers and feed readers ask for whatever the page links: the
    emblem's icon among the static files (pages link the SVG emblem itself). The static
    address carries a hash of the file, so the redirect is kept a day, not forever."""
    response = HttpResponseRedirect(static("img/favicon.ico"))
    response["Cache-Control"] = "public, max-age=86400"
    return response


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {site_url(request, reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def sitemap_index(request):
    """/sitemap.xml: the files of the sitemap, at the site's own address like the pages
    they list (Django's index view names the domain of django.contrib.sites instead)."""
    sitemap = PageSitemap(request)
    first = site_url(request, reverse("sitemap_section", kwargs={"section": "trang"}))
    lastmod = sitemap.get_latest_lastmod()
    files = [
        SitemapIndexItem(first if number == 1 else f"{first}?p={number}", lastmod)
        for number in sitemap.paginator.page_range
    ]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": files}, content_type="application/xml; charset=utf-8"
    )
