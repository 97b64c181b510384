from dataclasses import dataclass
from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.cache import cached_with_chrome
from core.pages import IntroMixin, OneQueryRoutingMixin, PortalPageMixin
from news.blocks import ArticleBodyBlock
from news.models import NewsIndexPage, live_articles, public_articles
from units.communes import communes_latest_ids, communes_sections

LATEST_COUNT = 6
FEATURED_COUNT = 3
PER_CATEGORY_COUNT = 4


class HomePage(OneQueryRoutingMixin, PortalPageMixin, IntroMixin, Page):
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.NewsIndexPage", "home.StandardPage", "home.ContactPage"]
    subpage_types += ["procedures.ProcedureIndexPage", "procedures.OneStopStatisticsPage"]
    subpage_types += ["documents.LegalDocumentIndexPage", "gallery.GalleryIndexPage"]
    subpage_types += ["organisation.OrganisationPage"]
    subpage_types += ["participation.ParticipationPage"]
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
        # themselves (and their comment counts), the communes' on a province's home
        # included, are read afresh, in one query.
        selection = cached_with_chrome(f"home-selection:{self.pk}", self.article_selection)
        communes = communes_latest_ids(request, self)
        cards = live_articles().in_bulk(
            [*selection.article_ids(), *(pk for ids in communes.values() for pk in ids)]
        )

        def shown(ids):
            return [cards[pk] for pk in ids if pk in cards]

        sections = [(category, shown(ids)) for category, ids in selection.sections]
        context.update(
            featured_articles=shown(selection.featured),
            latest_articles=shown(selection.latest),
            category_sections=[(category, articles) for category, articles in sections if articles],
            communes_sections=communes_sections(communes, cards),
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


class ContactPage(PortalPageMixin, IntroMixin, Page):
    """'Liên hệ': the unit's address, phone and e-mail come from its site settings."""

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


NATIONAL_PORTAL_PATTERN = (
    "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}"
)


def validate_code_pattern(value):
    """An https address with one {code} placeholder and no other: anything else would give
    readers a broken link (or a server error when formatted)."""
    if not value.startswith("https://"):
        raise ValidationError(_("The address must begin with https://."), code="pattern_scheme")
    if value.count("{code}") != 1:
        raise ValidationError(_("The address must hold {code} exactly once."), code="pattern_placeholder")
    if "{" in value.replace("{code}", "") or "}" in value.replace("{code}", ""):
        raise ValidationError(_("The address may hold no brace other than {code}."), code="pattern_braces")


def procedure_url(pattern, code):
    """The procedure's entry on the National Public Service Portal, by `pattern`."""
    if not pattern or not code:
        return None
    return pattern.replace("{code}", quote(code, safe=""))


@register_setting(icon="link")
class PortalLinksSettings(ClusterableModel, BaseSiteSetting):
    """Links the footer shows (related state portals, Decree 42/2022 Art. 7(1)(b); the
    accessibility statement and the privacy notice) and where a procedure's entry on the
    National Public Service Portal is."""

    procedure_url_pattern = models.CharField(
        _("address of a procedure on the National Public Service Portal"),
        max_length=300,
        blank=True,
        default=NATIONAL_PORTAL_PATTERN,
        validators=[validate_code_pattern],
        help_text=_("{code} is replaced by the procedure's code, e.g. 1.001193. Empty: no link."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        InlinePanel("related_portals", label=_("related portals")),
        FieldPanel("procedure_url_pattern"),
        MultiFieldPanel(
            [PageChooserPanel("accessibility_page"), PageChooserPanel("privacy_page")],
            heading=_("Legal pages"),
        ),
    ]
    select_related = ["accessibility_page", "privacy_page"]

    class Meta:
        verbose_name = _("portal links")
        verbose_name_plural = _("portal links")

    def as_if_absent(self):
        return (
            self.procedure_url_pattern == NATIONAL_PORTAL_PATTERN
            and self.accessibility_page_id is None
            and self.privacy_page_id is None
        )

    def legal_pages(self):
        """The legal pages that are published, for the footer."""
        pages = (self.accessibility_page, self.privacy_page)
        return [page for page in pages if page is not None and page.live]


class RelatedPortal(Orderable):
    settings = ParentalKey(PortalLinksSettings, on_delete=models.CASCADE, related_name="related_portals")
    name = models.CharField(pgettext_lazy("related portal", "Name"), max_length=200)
    url = models.URLField(_("address"), max_length=300)

    panels = [FieldPanel("name"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("related portal")
        verbose_name_plural = _("related portals")

    def __str__(self):
        return self.name
