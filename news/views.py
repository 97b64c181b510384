from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.models import Site

from .feeds import article_feed_response
from .models import NewsIndexPage


def site_feed(request, kind):
    site = Site.find_for_request(request)
    news_index = site and NewsIndexPage.of_site(site.root_page)
    if news_index is None:
        raise Http404(_("This site publishes no news yet."))
    return article_feed_response(request, news_index, news_index.articles(), kind)
