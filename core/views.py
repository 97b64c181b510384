from django.contrib.sitemaps.views import SitemapIndexItem
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

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


# (status, title, explanation) of each error page; one template shows them all.
ERRORS = {
    "bad_request": (
        400,
        _("Bad request"),
        _("The address or the data sent could not be understood. Please check it and try again."),
    ),
    "permission_denied": (403, _("Access denied"), _("You do not have permission to see this page.")),
    "csrf_failure": (
        403,
        _("The form has expired"),
        _(
            "For your security the form could not be accepted: it was open too long or cookies are "
            "blocked. Go back, reload the page and send it again."
        ),
    ),
    "page_not_found": (
        404,
        _("Page not found"),
        _("The page you are looking for does not exist or has been moved."),
    ),
}


def error_page(request, error):
    status, title, explanation = ERRORS[error]
    context = {"title": title, "explanation": explanation, "home_link": _("Go to the home page")}
    return render(request, "error.html", context, status=status)


def bad_request(request, exception):
    return error_page(request, "bad_request")


def permission_denied(request, exception):
    return error_page(request, "permission_denied")


def csrf_failure(request, reason=""):
    return error_page(request, "csrf_failure")


def page_not_found(request, exception):
    return error_page(request, "page_not_found")


def server_error(request):
    """Rendered without the request: whatever failed (the database, a context processor)
    must not fail again here."""
    html = loader.get_template("error.html").render(
        {
            "title": "Hệ thống đang gặp sự cố",
            "explanation": "Xin lỗi, đã có lỗi xảy ra. Vui lòng thử lại sau ít phút.",
            "english": "Sorry, something went wrong. Please try again in a few minutes.",
            "home_link": "Về trang chủ",
        }
    )
    return HttpResponseServerError(html)
