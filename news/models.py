import datetime
import itertools

from django.db import models
from django.db.models import Exists, OuterRef, Q, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from comments.models import approved_comment_count
from core.cache import cached_listing_page, cached_with_chrome
from core.models import UnitSettings
from core.pages import IntroMixin, PortalPageMixin, children_of, in_public_section
from core.pagination import paginate, requested_page_number
from core.site_address import site_url

from .blocks import ArticleBodyBlock
from .feeds import article_feed_response
from .forms import ArticlePageForm

LISTING_PAGE_SIZE = 12
RELATED_ARTICLE_COUNT = 4
RELATED_WINDOW = datetime.timedelta(days=730)


class Author(models.Model):
    """A person who writes for one unit's site; a byline may name someone without a
    record. Each unit keeps its own authors: their addresses (tac-gia/<slug>/) are the
    site's own."""

    site = models.ForeignKey(
        Site, verbose_name=pgettext_lazy("author", "site"), on_delete=models.CASCADE, related_name="authors"
    )
    name = models.CharField(pgettext_lazy("person", "name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255)
    role = models.CharField(_("role"), max_length=255, blank=True)

    panels = [FieldPanel("site"), FieldPanel("name"), FieldPanel("slug"), FieldPanel("role")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        constraints = [models.UniqueConstraint(fields=["site", "slug"], name="news_author_slug_per_site")]

    def __str__(self):
        return self.name


def public_articles():
    """Every published, public article, newest first."""
    return (
        ArticlePage.objects.live()
        .filter(in_public_section())
        .defer_streamfields()
        .select_related("lead_image", "author")
        .order_by("-date", "-pk")
    )


def live_articles():
    """Public articles with what a listing card shows."""
    return (
        public_articles()
        .prefetch_related("lead_image__renditions")
        .annotate(comment_count=approved_comment_count())
    )


def check_archive_date(year, month=1):
    """A year or month a calendar cannot hold (/tin-tuc/0/, /tin-tuc/99999999999/) is a
    page that does not exist, not a database error."""
    if not (datetime.MINYEAR <= year <= datetime.MAXYEAR and 1 <= month <= 12):
        raise Http404(_("There is no such month."))


class ArticleListingMixin:
    """A page whose readers browse articles page by page, newest first."""

    def listing_response(self, request, articles, *, heading=None, template=None, variant=""):
        # Which articles a listing page shows, and their comment counts, change only with a
        # publication or a moderation, which renew the chrome version. The page's id is in
        # the key: every unit's site has a /tin-tuc/ of its own. `variant` names a filter
        # read from the query string.
        number = requested_page_number(request)
        listing = cached_listing_page(
            f"listing:{self.pk}:{request.path}:{variant}:{number}",
            lambda: paginate(request, articles, LISTING_PAGE_SIZE),
        )
        if listing is None:
            raise Http404(_("There is no such page in this listing."))
        context = self.get_context(request)
        context.update(articles=listing, listing_heading=heading)
        return TemplateResponse(request, template or self.get_template(request), context)


class NewsIndexPage(ArticleListingMixin, RoutablePageMixin, PortalPageMixin, IntroMixin, Page):
    """'Tin tức – Sự kiện': every article, with the date, author and tag archives."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsCategoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def articles(self):
        return live_articles().descendant_of(self)

    @classmethod
    def of_site(cls, root_page):
        return children_of(root_page, cls).live().first()

    def categories(self):
        return children_of(self, NewsCategoryPage).live().filter(in_public_section())

    @path("")
    def all_articles(self, request):
        return self.listing_response(request, self.articles())

    @path("<int:year>/")
    def year_archive(self, request, year):
        check_archive_date(year)
        heading = _("Articles of %(year)s") % {"year": year}
        return self.listing_response(request, self.articles().filter(date__year=year), heading=heading)

    @path("<int:year>/<int:month>/")
    def month_archive(self, request, year, month):
        check_archive_date(year, month)
        heading = _("Articles of %(month)02d/%(year)s") % {"month": month, "year": year}
        articles = self.articles().filter(date__year=year, date__month=month)
        return self.listing_response(request, articles, heading=heading)

    @path("tac-gia/<slug:slug>/", name="author")
    def author_archive(self, request, slug):
        author = get_object_or_404(Author, site=self.get_site(), slug=slug)
        heading = _("Articles by %(name)s") % {"name": author.name}
        return self.listing_response(request, self.articles().filter(author=author), heading=heading)

    @re_path(r"^the/(?P<slug>[-\w]+)/$", name="tag")
    def tag_archive(self, request, slug):
        tag = get_object_or_404(Tag, slug=slug)
        heading = _("Articles tagged “%(tag)s”") % {"tag": tag.name}
        articles = self.articles().filter(tagged_items__tag=tag)
        return self.listing_response(request, articles, heading=heading)

    def archive_months(self):
        """[(year, [month, ...])], newest first, of the months that have articles; kept
        until the next publication. A skip scan: one lookup of the date index per month
        found (the newest article before the first day of the month last found), where
        a GROUP BY over the dates reads every article of the archive."""

        def find():
            dated = public_articles().descendant_of(self).exclude(date=None).values_list("date", flat=True)
            months = []
            newest = dated.first()
            while newest:
                months.append((newest.year, newest.month))
                newest = dated.filter(date__lt=newest.replace(day=1)).first()
            return [
                (year, [month for _year, month in in_year])
                for year, in_year in itertools.groupby(months, key=lambda month: month[0])
            ]

        return cached_with_chrome(f"news-archive-months:{self.pk}", find)


class NewsCategoryPage(ArticleListingMixin, RoutablePageMixin, PortalPageMixin, IntroMixin, Page):
    """A chuyên mục such as 'Thời sự tổng hợp', with its own feeds."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = ["news.ArticlePage", "news.SupervisionReportPage"]

    class Meta:
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    def articles(self):
        return live_articles().filter(category=self)

    def get_cached_paths(self):
        return ["/", self.reverse_subpage("rss"), self.reverse_subpage("atom")]

    @path("")
    def category_articles(self, request):
        return self.listing_response(request, self.articles())

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return article_feed_response(request, self, self.articles(), "rss")

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return article_feed_response(request, self, self.articles(), "atom")


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("news.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE)


class ArticlePage(RoutablePageMixin, PortalPageMixin, Page):
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("The sapo shown under the title and in listings.")
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_caption = models.CharField(_("lead image caption"), max_length=255, blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    byline = models.CharField(
        _("byline"), max_length=255, blank=True, help_text=_("As printed, e.g. “Anh Đào”.")
    )
    author = models.ForeignKey(
        Author,
        verbose_name=_("author record"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Shown as “Ngày đăng”. Empty: the day the article is first published."),
    )
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))
    # The parent category, kept beside the tree path so that "latest in a category" is
    # one index range, whatever the size of the archive.
    category = models.ForeignKey(
        "news.NewsCategoryPage", null=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    featured = models.BooleanField(_("featured on the home page"), default=False)
    allow_comments = models.BooleanField(_("allow comments"), default=True)

    base_form_class = ArticlePageForm
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_caption")], heading=_("Lead image")
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("byline"), FieldPanel("author")]),
                FieldPanel("date"),
                FieldPanel("tags"),
            ],
            heading=_("Byline and date"),
        ),
        InlinePanel("related_documents", heading=_("Related documents"), label=_("Document of the register")),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("featured"), FieldPanel("allow_comments")]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("byline"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsCategoryPage"]
    subpage_types = []
    serve_select_related = ("lead_image", "author")
    print_template = "news/article_print.html"

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=["-date", "-page_ptr"], name="article_newest_first"),
            models.Index(fields=["category", "-date", "-page_ptr"], name="article_newest_in_category"),
            models.Index(
                fields=["-date", "-page_ptr"], condition=Q(featured=True), name="article_featured_newest"
            ),
        ]

    def save(self, *args, **kwargs):
        parent = self.get_parent()
        self.category_id = parent.pk if parent and parent.specific_class is NewsCategoryPage else None
        if self.live and self.date is None:
            self.date = timezone.localdate(self.first_published_at or timezone.now())
        return super().save(*args, **kwargs)

    def get_cached_paths(self):
        return ["/", self.reverse_subpage("print")]

    def listing_urls(self):
        """The news index's archives that list this article, for front-cache purges (its
        category and the index itself are its ancestors)."""
        news_index = NewsIndexPage.objects.ancestor_of(self).first()
        if news_index is None or self.date is None:
            return []
        subpages = [
            ("year_archive", (self.date.year,)),
            ("month_archive", (self.date.year, self.date.month)),
            *(("tag", (tag.slug,)) for tag in self.tags.all()),
        ]
        if self.author_id:
            subpages.append(("author", (self.author.slug,)))
        index_url = news_index.get_full_url()
        return [index_url + news_index.reverse_subpage(name, args=args) for name, args in subpages]

    @property
    def published_datetime(self):
        """The publication date at the hour it was first published, for feeds and JSON-LD."""
        published = timezone.localtime(self.first_published_at) if self.first_published_at else None
        moment = published.time() if published and published.date() == self.date else datetime.time(8)
        return timezone.make_aware(datetime.datetime.combine(self.date, moment)) if self.date else None

    def related_articles(self):
        """Articles of the same year or so sharing a tag, then the category's latest
        (without comment counts: the box is cached until the next publication).

        Two index-driven queries: the tag search walks the date index within two years
        of this article, so its cost does not grow with the archive."""
        others = public_articles().not_page(self)
        related = []
        if self.date:
            shares_tag = Exists(
                ArticleTag.objects.filter(
                    content_object_id=OuterRef("pk"),
                    tag_id__in=self.tagged_items.values_list("tag_id", flat=True),
                )
            )
            window = (self.date - RELATED_WINDOW, self.date + RELATED_WINDOW)
            related = list(others.filter(shares_tag, date__range=window)[:RELATED_ARTICLE_COUNT])
        missing = RELATED_ARTICLE_COUNT - len(related)
        if missing and self.category_id:
            same_category = others.filter(category_id=self.category_id).exclude(
                pk__in=[a.pk for a in related]
            )
            related += list(same_category[:missing])
        prefetch_related_objects(related, "lead_image__renditions")
        return related

    def listed_documents(self):
        """The related documents of the register that readers may open (published ones)."""
        links = self.related_documents.select_related("document__document_type")
        return [link.document for link in links if link.document.live]

    def structured_data(self, request, canonical_url, share_image_url):
        unit = UnitSettings.for_request(request)
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "mainEntityOfPage": canonical_url,
            "inLanguage": "vi",
            "publisher": {"@type": "GovernmentOrganization", "name": unit.name},
        }
        if self.summary:
            data["description"] = self.summary
        if self.date:
            data["datePublished"] = self.published_datetime.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.byline:
            data["author"] = {"@type": "Person", "name": self.byline}
        if share_image_url:
            data["image"] = [share_image_url]
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        ancestors = self.cached_ancestors()
        # Each is shown in several places (meta tags, JSON-LD, links): worked out once.
        canonical_url = self.get_full_url(request)
        share_image = self.lead_image.get_rendition("fill-1200x630") if self.lead_image else None
        share_image_url = site_url(request, share_image.url) if share_image else None
        context.update(
            ancestors=ancestors,
            category=ancestors[-1],
            news_index=next((page for page in ancestors if isinstance(page, NewsIndexPage)), None),
            # Called by the template only when its cached box is stale.
            related_articles=self.related_articles,
            canonical_url=canonical_url,
            share_image_url=share_image_url,
            print_url=self.get_url(request) + self.reverse_subpage("print"),
            structured_data=self.structured_data(request, canonical_url, share_image_url),
        )
        return context

    @path("in/", name="print")
    def print_view(self, request):
        return self.render(request, template=self.print_template)


class ArticleDocument(Orderable):
    """A document of the register the article is about, listed under it."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_documents")
    document = models.ForeignKey(
        "documents.LegalDocumentPage",
        verbose_name=_("Document of the register"),
        on_delete=models.CASCADE,
        related_name="cited_by_articles",
    )

    panels = [FieldPanel("document")]


class RecommendationStatus(models.TextChoices):
    PENDING = "pending", _("Not started")
    ACCEPTED = "accepted", _("Accepted by the unit")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")


class SupervisionReportPage(ArticlePage):
    """A council's supervision visit, reported so that readers can follow what became
    of each recommendation."""

    supervising_body = models.CharField(_("supervising body"), max_length=255)
    delegation_head = models.CharField(_("head of delegation"), max_length=255, blank=True)
    supervised_unit = models.CharField(_("unit supervised"), max_length=255)
    visit_date = models.DateField(_("date of the visit"))
    subject = models.CharField(pgettext_lazy("supervision", "subject"), max_length=500)
    findings = RichTextField(_("findings"), blank=True, features=["bold", "italic", "ol", "ul", "link"])
    unit_response = RichTextField(
        _("response of the unit supervised"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )

    content_panels = ArticlePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("supervising_body"), FieldPanel("delegation_head")]),
                FieldRowPanel([FieldPanel("supervised_unit"), FieldPanel("visit_date")]),
                FieldPanel("subject"),
                FieldPanel("findings"),
            ],
            heading=_("Supervision"),
        ),
        InlinePanel("recommendations", heading=_("Recommendations and follow-up"), label=_("Recommendation")),
        FieldPanel("unit_response"),
    ]
    search_fields = ArticlePage.search_fields + [
        index.SearchField("supervised_unit"),
        index.SearchField("subject"),
        index.SearchField("findings"),
    ]
    parent_page_types = ["news.NewsCategoryPage"]
    subpage_types = []
    print_template = "news/supervision_report_print.html"

    class Meta:
        verbose_name = _("supervision report")
        verbose_name_plural = _("supervision reports")


class SupervisionRecommendation(Orderable):
    report = ParentalKey(SupervisionReportPage, related_name="recommendations", on_delete=models.CASCADE)
    text = models.TextField(_("recommendation"))
    status = models.CharField(
        _("follow-up status"),
        max_length=20,
        choices=RecommendationStatus.choices,
        default=RecommendationStatus.PENDING,
    )
    follow_up = models.TextField(_("what the unit has done"), blank=True)
    updated_on = models.DateField(_("status as of"), null=True, blank=True)

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("updated_on")]),
        FieldPanel("follow_up"),
    ]

    @property
    def status_label(self):
        # get_status_display() rebuilds the choices dictionary on each call.
        return RecommendationStatus(self.status).label

    class Meta(Orderable.Meta):
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
