from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.cache import never_cache
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.reports import page_types_usage, page_types_usage_results
from core.sitemaps import PageSitemap
from core.views import favicon, robots_txt, sitemap_index
from news.views import site_feed
from search.views import search

urlpatterns = [
    # Before Wagtail's admin, whose report of the same address lists every site's pages.
    path("admin/reports/page-types-usage/", never_cache(page_types_usage)),
    path("admin/reports/page-types-usage/results/", never_cache(page_types_usage_results)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": {"trang": PageSitemap}}, name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path("rss.xml", site_feed, {"kind": "rss"}, name="site_rss"),
    path("atom.xml", site_feed, {"kind": "atom"}, name="site_atom"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})
    ]

urlpatterns += i18n_patterns(
    path("binh-luan/", include("comments.urls")),
    path("tim-kiem/", search, name="search"),
    path("tham-gia/", include("participation.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "core.views.bad_request"
handler403 = "core.views.permission_denied"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
