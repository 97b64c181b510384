from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.cache import cached_with_chrome
from core.pages import OneQueryRoutingMixin, PortalPageMixin
from news.blocks import ArticleBodyBlock
from news.models import NewsIndexPage, live_articles, public_articles

LATEST_COUNT = 6
FEATURED_COUNT = 3
PER_CATEGORY_COUNT = 4


class HomePage(OneQueryRoutingMixin, PortalPageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.NewsIndexPage", "home.StandardPage", "home.ContactPage"]
    subpage_types += ["procedures.ProcedureIndexPage", "procedures.OneStopStatisticsPage"]
    subpage_types += ["documents.LegalDocumentIndexPage"]
    subpage_types += ["units.UnitNewsPage"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def news_articles(self):
        return public_articles().descendant_of(self)

    def featured_ids(self):
        return list(self.news_articles().filter(featured=True).values_list("pk", flat=True)[:FEATURED_COUNT])

    def latest_ids(self, exclude=()):
        return list(self.news_articles().exclude(pk__in=exclude).values_list("pk", flat=True)[:LATEST_COUNT])

    def category_sections(self):
        """(category, article ids) for each category that has articles: an empty box
        tells a reader nothing.

        One short query per category: each one walks the date index, so the home page
        costs the same with a hundred thousand articles as with a thousand."""
        news_index = NewsIndexPage.of_site(self)
        if news_index is None:
            return []
        sections = []
        for category in news_index.categories().order_by("path"):
            ids = list(
                public_articles().filter(category=category).values_list("pk", flat=True)[:PER_CATEGORY_COUNT]
            )
            if ids:
                sections.append((category, ids))
        return sections

    def article_selection(self):
        featured = self.featured_ids()
        return HomeSelection(featured, self.latest_ids(exclude=featured), self.category_sections())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Which articles each box shows changes only with a publication; the cards
        # themselves (and their comment counts) are read afresh, in one query.
        selection = cached_with_chrome(f"home-selection:{self.pk}", self.article_selection)
        cards = live_articles().in_bulk(selection.article_ids())

        def shown(ids):
            return [cards[pk] for pk in ids if pk in cards]

        sections = [(category, shown(ids)) for category, ids in selection.sections]
        context.update(
            featured_articles=shown(selection.featured),
            latest_articles=shown(selection.latest),
            category_sections=[(category, articles) for category, articles in sections if articles],
        )
        return context


@dataclass(frozen=True)
class HomeSelection:
    featured: list
    latest: list
    sections: list

    def article_ids(self):
        return [*self.featured, *self.latest, *(pk for _, ids in self.sections for pk in ids)]


class StandardPage(PortalPageMixin, Page):
    """A page of the 'Giới thiệu' kind: overview, organisation, leaders."""

    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class ContactPage(PortalPageMixin, Page):
    """'Liên hệ': the unit's address, phone and e-mail come from its site settings."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    focal_contacts = RichTextField(
        _("focal contacts"),
        blank=True,
        features=["bold", "italic", "ul", "link"],
        help_text=_("People to contact for the portal, the press, procedures."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("focal_contacts")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")
