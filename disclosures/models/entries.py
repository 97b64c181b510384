"""A disclosure: what was published for one period, as a page under the site's
disclosures page (like a document under the register: it belongs to its site, goes
through moderation, and is public once published)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.pages import PortalPageMixin

from ..periods import Period, PeriodKind
from .kinds import YEAR_VALIDATORS, DisclosureKind


class DisclosurePage(PortalPageMixin, Page):
    """One disclosure: what was published for one period, with its documents."""

    kind = models.ForeignKey(
        DisclosureKind,
        verbose_name=_("kind of disclosure"),
        on_delete=models.PROTECT,
        related_name="disclosures",
    )
    year = models.PositiveSmallIntegerField(pgettext_lazy("period", "year"), validators=YEAR_VALIDATORS)
    period = models.CharField(
        pgettext_lazy("disclosure", "period"), max_length=10, choices=PeriodKind.choices
    )
    body = RichTextField(
        _("content"), blank=True, help_text=_("What is disclosed, e.g. a project's progress.")
    )
    is_sample = models.BooleanField(
        _("sample disclosure"), default=False, help_text=_("Demo content: shown with a “sample” label.")
    )
    # Derived on save, for ordering: the day the period ends.
    period_end = models.DateField(editable=False, null=True, db_index=True)

    content_panels = [
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("period"), FieldPanel("year")]),
                FieldPanel("is_sample"),
            ],
            heading=_("Disclosure"),
        ),
        FieldPanel("body"),
        InlinePanel(
            "documents",
            heading=_("Documents of the register"),
            label=_("Document of the register"),
        ),
        InlinePanel(
            "files", heading=pgettext_lazy("disclosure", "Files"), label=pgettext_lazy("disclosure", "File")
        ),
    ]
    parent_page_types = ["disclosures.DisclosureIndexPage"]
    subpage_types = []
    search_fields = Page.search_fields + [index.SearchField("body"), index.FilterField("year")]

    class Meta:
        verbose_name = _("public disclosure")
        verbose_name_plural = _("public disclosures")

    @property
    def covered_period(self):
        return Period(self.year, self.period)

    def save(self, *args, **kwargs):
        self.period_end = self.covered_period.end if self.year and self.period else None
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = [
            link.document
            for link in self.documents.filter(document__live=True).select_related("document__document_type")
        ]
        context["files"] = list(self.files.select_related("document"))
        context["ancestors"] = self.cached_ancestors()
        return context


class DisclosureDocument(Orderable):
    """A document of the register that the disclosure publishes (the decision approving
    the estimate, the report on its execution...)."""

    page = ParentalKey(DisclosurePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "documents.LegalDocumentPage",
        verbose_name=_("document of the register"),
        on_delete=models.CASCADE,
        related_name="cited_by_disclosures",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document of the register")
        verbose_name_plural = _("documents of the register")


class DisclosureFile(Orderable):
    """A file published with the disclosure (a spreadsheet of figures, a map)."""

    page = ParentalKey(DisclosurePage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=pgettext_lazy("disclosure", "file"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    label = models.CharField(
        pgettext_lazy("disclosure", "label"),
        max_length=255,
        blank=True,
        help_text=_("Empty: the file's title is shown."),
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = pgettext_lazy("disclosure", "file")
        verbose_name_plural = pgettext_lazy("disclosure", "files")

    @property
    def name(self):
        return self.label or self.document.title
