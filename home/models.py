from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.pages import OneQueryRoutingMixin, PortalPageMixin
from news.blocks import ArticleBodyBlock
from news.models import NewsIndexPage, live_articles

LATEST_COUNT = 6
FEATURED_COUNT = 3
PER_CATEGORY_COUNT = 4


class HomePage(OneQueryRoutingMixin, PortalPageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.NewsIndexPage", "home.StandardPage", "home.ContactPage"]
    subpage_types += ["procedures.ProcedureIndexPage", "procedures.OneStopStatisticsPage"]

    class Meta:
        verbose_name = _("home page")

    def news_articles(self):
        # Renditions are fetched once for every box of the page, in get_context.
        return live_articles().descendant_of(self).prefetch_related(None)

    def featured_articles(self):
        return list(self.news_articles().filter(featured=True)[:FEATURED_COUNT])

    def latest_articles(self, exclude=()):
        return list(self.news_articles().exclude(pk__in=[a.pk for a in exclude])[:LATEST_COUNT])

    def category_sections(self):
        """One section per category that has articles: an empty box tells a reader nothing.

        One short query per category: each one walks the date index, so the home page
        costs the same with a hundred thousand articles as with a thousand."""
        news_index = NewsIndexPage.of_site(self)
        if news_index is None:
            return []
        sections = []
        for category in news_index.categories().order_by("path"):
            articles = list(category.articles().prefetch_related(None)[:PER_CATEGORY_COUNT])
            if articles:
                sections.append((category, articles))
        return sections

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        featured = self.featured_articles()
        latest = self.latest_articles(exclude=featured)
        sections = self.category_sections()
        shown = featured + latest + [article for _, articles in sections for article in articles]
        prefetch_related_objects(shown, "lead_image__renditions")
        context.update(featured_articles=featured, latest_articles=latest, category_sections=sections)
        return context


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
