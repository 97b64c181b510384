"""The portal's own pages: articles are "Tin tức", every other page is "Trang"."""

from wagtail.models import Page

from news.models import ArticlePage

from .models import Kind
from .registry import PageSearchable, register


@register
class PageSearch(PageSearchable):
    model = Page


@register
class ArticleSearch(PageSearchable):
    model = ArticlePage
    kind = Kind.NEWS
