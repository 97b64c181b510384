"""The register as pages: one register page per site, each document a page under it.

A province may run many communes' portals on one installation. As pages, each document
belongs to the register (and so the site) it sits under, editors get the page tree's
per-section permissions, moderation workflow, revisions and scheduled publishing, and
a document is only public once published. A unit keeps hundreds of documents a year,
not thousands a week, so the tree insert per document costs nothing that matters."""

from types import SimpleNamespace

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.front_cache import page_urls
from core.models import UnitSettings
from core.pages import PortalPageMixin
from core.text import nfc
from core.text_search import search_document

from ..forms import LegalDocumentPageForm
from ..numbers import MAX_NUMBER_LENGTH, normalize_number, number_key, number_year, parse_number
from ..structured_data import legislation
from .lists import DocumentField, DocumentType, Issuer


class Status(models.TextChoices):
    IN_FORCE = "con-hieu-luc", _("In force")
    PARTLY_EXPIRED = "het-hieu-luc-mot-phan", _("Partly expired")
    EXPIRED = "het-hieu-luc", _("Expired")
    REPLACED = "bi-thay-the", _("Replaced")


class RelationKind(models.TextChoices):
    REPLACES = "thay-the", _("replaces")
    AMENDS = "sua-doi", _("amends")
    GUIDES = "huong-dan", _("guides")


# The reverse names of the links other apps keep to documents (news.ArticleDocument,
# disclosures.DisclosureDocument), each from a page field named `page`.
CITED_BY = ("cited_by_articles", "cited_by_disclosures")

# How a relation reads from the other end: "A replaces B" is "B is replaced by A".
REVERSE_LABELS = {
    RelationKind.REPLACES: _("replaced by"),
    RelationKind.AMENDS: _("amended by"),
    RelationKind.GUIDES: _("guided by"),
}


class LegalDocumentPage(RoutablePageMixin, PortalPageMixin, Page):
    """One văn bản. The page title is its summary (trích yếu)."""

    number = models.CharField(
        _("number and symbol"),
        max_length=MAX_NUMBER_LENGTH,
        help_text=_("As printed on the document, e.g. 42/2022/NĐ-CP, 15/2025/QĐ-UBND, 123/UBND-VP."),
    )
    document_type = models.ForeignKey(
        DocumentType,
        verbose_name=pgettext_lazy("legal document", "type"),
        on_delete=models.PROTECT,
        related_name="documents",
    )
    issuer = models.ForeignKey(
        Issuer, verbose_name=_("issuing body"), on_delete=models.PROTECT, related_name="documents"
    )
    signer = models.CharField(_("signed by"), max_length=255, blank=True)
    field = models.ForeignKey(
        DocumentField,
        verbose_name=pgettext_lazy("legal document", "field"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="documents",
    )
    issued_on = models.DateField(_("issue date"), db_index=True)
    effective_on = models.DateField(_("effective date"), null=True, blank=True)
    status = models.CharField(
        pgettext_lazy("legal document", "status"),
        max_length=30,
        choices=Status.choices,
        default=Status.IN_FORCE,
    )
    full_text = RichTextField(_("full text"), blank=True)
    national_database_url = models.URLField(
        _("entry in the national legal database"),
        max_length=500,
        blank=True,
        help_text=_("The address of this document on vbpl.vn or another official database."),
    )
    is_sample = models.BooleanField(
        _("sample document"), default=False, help_text=_("Demo content: shown with a “sample” label.")
    )
    # Derived on save: the folded words a reader may type, and the number as compared.
    search_text = models.TextField(editable=False, default="")
    number_key = models.CharField(max_length=MAX_NUMBER_LENGTH, editable=False, default="", db_index=True)

    base_form_class = LegalDocumentPageForm

    content_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("document_type")]),
                TitleFieldPanel("title", heading=_("Summary (trích yếu)")),
                FieldRowPanel([FieldPanel("issuer"), FieldPanel("signer")]),
                FieldRowPanel([FieldPanel("field"), FieldPanel("status")]),
                FieldRowPanel([FieldPanel("issued_on"), FieldPanel("effective_on")]),
                FieldPanel("national_database_url"),
                FieldPanel("is_sample"),
            ],
            heading=pgettext_lazy("legal document", "Document"),
        ),
        InlinePanel(
            "attachments",
            heading=pgettext_lazy("legal document", "Files"),
            label=pgettext_lazy("legal document", "File"),
        ),
        InlinePanel(
            "relations",
            heading=_("Relations with other documents"),
            label=pgettext_lazy("legal document", "Relation"),
        ),
        FieldPanel("full_text"),
    ]
    parent_page_types = ["documents.LegalDocumentIndexPage"]
    subpage_types = []
    search_fields = Page.search_fields + [
        index.SearchField("number"),
        index.SearchField("signer"),
        index.SearchField("full_text"),
        index.RelatedFields("document_type", [index.SearchField("name")]),
        index.RelatedFields("issuer", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        # The list's default order, walked from the newest without sorting every document.
        indexes = [models.Index(fields=["-issued_on", "-page_ptr"], name="document_newest_first")]

    def __str__(self):
        return f"{self.number} – {self.title}"

    def document_context(self, request):
        """Files and relations both ways (“replaces” here is “replaced by” there), live ones only."""
        attachments = list(self.attachments.select_related("document"))
        outgoing = self.relations.filter(target__live=True).select_related("target__document_type")
        incoming = list(self.incoming_relations.filter(page__live=True).select_related("page__document_type"))
        relations = [(relation.get_kind_display(), relation.target) for relation in outgoing]
        relations += [(relation.reverse_label, relation.page) for relation in incoming]
        url = self.get_full_url(request)
        return {
            "attachments": attachments,
            "relations": relations,
            "replaced_by": [relation.page for relation in incoming if relation.kind == RelationKind.REPLACES],
            "ancestors": self.cached_ancestors(),
            "canonical_url": url,
            "structured_data": legislation(
                self, attachments, request, UnitSettings.for_request(request), url
            ),
        }

    def get_cached_paths(self):
        return ["/", self.reverse_subpage("print")]

    def listing_urls(self):
        """The pages that list this document with its title and status (an article's
        related documents, a disclosure's documents), purged from the front cache with it."""
        citing = set()
        for links in CITED_BY:
            citing.update(getattr(self, links).values_list("page_id", flat=True))
        cache_object = SimpleNamespace()
        pages = Page.objects.live().filter(pk__in=citing).specific(defer=True)
        return [url for page in pages for url in page_urls(page, cache_object)]

    @path("")
    def detail(self, request):
        return self.render(request, context_overrides=self.document_context(request))

    @path("in/", name="print")
    def print_view(self, request):
        return self.render(
            request,
            template="documents/legal_document_print.html",
            context_overrides={**self.document_context(request), "printing": True},
        )

    def refresh_derived_fields(self):
        self.number = normalize_number(self.number)
        self.title = nfc(self.title)
        self.signer = nfc(self.signer)
        self.number_key = number_key(self.number)
        self.search_text = search_document(
            self.number,
            self.document_type.name if self.document_type_id else "",
            self.title,
            self.issuer.name if self.issuer_id else "",
            self.field.name if self.field_id else "",
            self.signer,
        )

    def save(self, *args, **kwargs):
        self.refresh_derived_fields()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        number = normalize_number(self.number)
        if number and not parse_number(number):
            errors["number"] = _(
                "Write the number and symbol as on the document, e.g. 42/2022/NĐ-CP, "
                "15/2025/QĐ-UBND or 123/UBND-VP."
            )
        elif number and self.issued_on and number_year(number) not in (None, self.issued_on.year):
            errors["issued_on"] = _("The number says %(year)s but the document was issued in %(issued)s.") % {
                "year": number_year(number),
                "issued": self.issued_on.year,
            }
        if self.effective_on and self.issued_on and self.effective_on < self.issued_on:
            errors["effective_on"] = _("A document cannot take effect before it is issued.")
        register_path = self._register_path()
        if number and self.issuer_id and register_path:
            same = (
                LegalDocumentPage.objects.filter(
                    number_key=number_key(number), issuer_id=self.issuer_id, path__startswith=register_path
                )
                .exclude(pk=self.pk)
                .exists()
            )
            if same:
                errors["number"] = _(
                    "This register already has a document with this number from this issuer."
                )
        if errors:
            raise ValidationError(errors)

    def _register_path(self):
        """The register page's path: a number is unique per register, so per site."""
        if self.path:
            return self.path[: -self.steplen]
        parent = getattr(self, "_cached_parent_obj", None)
        return parent.path if parent else ""

    @property
    def year(self):
        return self.issued_on.year if self.issued_on else None


class DocumentAttachment(Orderable):
    """A file of the document (PDF, DOC...), from the admin's Documents."""

    page = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=pgettext_lazy("legal document", "file"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    label = models.CharField(
        pgettext_lazy("legal document", "label"),
        max_length=255,
        blank=True,
        help_text=_("Empty: the file's title is shown."),
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = pgettext_lazy("legal document", "file")
        verbose_name_plural = pgettext_lazy("legal document", "files")

    @property
    def name(self):
        return self.label or self.document.title


class DocumentRelation(Orderable):
    """“This document replaces / amends / guides that one”; shown on both pages."""

    page = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(
        pgettext_lazy("relation between documents", "relation"), max_length=20, choices=RelationKind.choices
    )
    target = models.ForeignKey(
        LegalDocumentPage,
        verbose_name=_("other document"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("target")])]

    class Meta(Orderable.Meta):
        verbose_name = pgettext_lazy("legal document", "relation")
        verbose_name_plural = pgettext_lazy("legal document", "relations")

    def clean(self):
        if self.target_id and self.page_id and self.target_id == self.page_id:
            raise ValidationError({"target": _("A document cannot be related to itself.")})

    @property
    def reverse_label(self):
        return REVERSE_LABELS[RelationKind(self.kind)]
