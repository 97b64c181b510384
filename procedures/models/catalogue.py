"""The procedure catalogue: procedures, and the editable lists of fields and agencies.

Procedures are plain models (snippets) listed by one ProcedureIndexPage, not pages:
a unit keeps hundreds to thousands of them, and keeps them by re-importing the
national database's spreadsheet by code. As pages, every row would be a tree insert
with its revision (slow, one by one, locking the tree), a re-import would have to
match pages to codes and publish a revision for each change, and 2,000 children would
bury the page explorer. As models, an import is a few bulk statements in one
transaction, the admin lists them with filters and search, and the index page gives
each one its public URL (/thu-tuc-hanh-chinh/<code as slug>/)."""

import re

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import StreamField
from wagtail.search import index

from core.cache import cached_for_site
from core.lists import NamedListItem
from core.pages import in_public_section, pages_of_type
from core.text import ascii_slug, fold

from ..blocks import CHANNEL_BLOCKS, DOCUMENT_BLOCKS, LEGAL_BASIS_BLOCKS, STEP_BLOCKS

# The national database's shape: a digit, a dot and six digits (1.001193); a province's
# copy adds its suffix (1.000948.H38), and a record's full number the parts between
# (1.000948.000.00.00.H38).
CODE_PATTERN = re.compile(r"^\d\.\d{6}(?:\.\d{3}\.\d{2}\.\d{2})?(?:\.[A-Z]\d{2})?$")
CODE_SHAPE_MESSAGE = _(
    "A procedure code has the shape of the national database's codes: 1.001193, or 1.000948.H38 for a "
    "province's copy."
)


def procedure_index_url(site_root=None):
    """The list's URL, which every procedure's own URL starts with: the list of the site
    whose root is given (each unit's site shows the province's one catalogue), else the
    first list found. Cached, and renewed with the site's menu whenever a page is
    published, moved or deleted. The page model is looked up by name: the catalogue sits
    below the pages that list it."""

    def find():
        index_page = apps.get_model("procedures", "ProcedureIndexPage")
        indexes = pages_of_type(index_page).live().filter(in_public_section())
        index = (indexes.descendant_of(site_root) if site_root else indexes).first()
        return index.url if index else ""

    return cached_for_site("procedure-index-url", site_root.pk if site_root else "any", find)


def code_slug(code):
    """The code as a URL segment: Wagtail's page URLs allow no dot, "1.001193" -> "1-001193"."""
    return ascii_slug(code.replace(".", "-"))


class ProcedureField(NamedListItem):
    """A lĩnh vực such as “Hộ tịch” or “Đất đai”."""

    class Meta(NamedListItem.Meta):
        verbose_name = _("field")
        verbose_name_plural = _("fields")


class Agency(NamedListItem):
    """A cơ quan thực hiện such as “UBND cấp xã”."""

    class Meta(NamedListItem.Meta):
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")


class Level(models.TextChoices):
    MINISTRY = "bo-nganh", _("Ministry or central agency")
    PROVINCE = "tinh", _("Province")
    DISTRICT = "huyen", _("District (before 1 July 2025)")
    COMMUNE = "xa", _("Commune")


# A procedure may be carried out at several levels ("Cấp Tỉnh, Cấp Huyện"): one boolean
# each keeps the level filter a plain indexed condition on every database.
LEVEL_FIELDS = {
    Level.MINISTRY: "at_ministry",
    Level.PROVINCE: "at_province",
    Level.DISTRICT: "at_district",
    Level.COMMUNE: "at_commune",
}


class OnlineLevel(models.TextChoices):
    FULL = "toan-trinh", _("Fully online")
    PARTIAL = "mot-phan", _("Partly online")
    NONE = "khong", _("Not online")


class ProcedureQuerySet(models.QuerySet):
    def for_listing(self):
        return self.select_related("field", "agency").only(
            "code",
            "slug",
            "name",
            "online_level",
            "updated_on",
            *LEVEL_FIELDS.values(),
            "field__name",
            "field__slug",
            "agency__name",
            "agency__slug",
        )


class Procedure(index.Indexed, models.Model):
    # The columns a listing reads come first and the long texts last: a scan of the list
    # then stops short of each row's overflow pages in SQLite (PostgreSQL moves long
    # values out of the row by itself).
    code = models.CharField(
        _("code"), max_length=50, unique=True, help_text=_("As in the national database, e.g. 1.001193.")
    )
    slug = models.SlugField(_("page address"), max_length=60, unique=True, editable=False)
    name = models.CharField(_("name of the procedure"), max_length=500)
    sort_name = models.CharField(max_length=500, editable=False, db_index=True, default="")
    field = models.ForeignKey(
        ProcedureField, verbose_name=_("field"), on_delete=models.PROTECT, related_name="procedures"
    )
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("handling agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="procedures",
    )
    at_ministry = models.BooleanField(Level.MINISTRY.label, default=False)
    at_province = models.BooleanField(Level.PROVINCE.label, default=False)
    at_district = models.BooleanField(Level.DISTRICT.label, default=False)
    at_commune = models.BooleanField(Level.COMMUNE.label, default=False)
    online_level = models.CharField(
        _("online public service"), max_length=20, choices=OnlineLevel.choices, default=OnlineLevel.NONE
    )
    updated_on = models.DateField(_("last updated"), default=timezone.localdate)
    decision_number = models.CharField(
        _("announcing decision"),
        max_length=255,
        blank=True,
        help_text=_("The number of the decision that announced it."),
    )
    procedure_type = models.CharField(_("type"), max_length=255, blank=True)
    competent_authority = models.CharField(_("competent authority"), max_length=500, blank=True)
    delegated_agency = models.CharField(_("delegated agency"), max_length=500, blank=True)
    coordinating_agency = models.CharField(_("coordinating agency"), max_length=500, blank=True)
    online_url = models.URLField(_("online service link"), max_length=500, blank=True)
    # Codes rather than a many-to-many: a related procedure may belong to another level
    # or unit and not be in this list; the page links those that are.
    related_codes = models.CharField(
        _("related procedures"),
        max_length=1000,
        blank=True,
        help_text=_("Codes separated by semicolons, e.g. “1.000656; 1.000894”."),
    )
    applicants = models.TextField(_("who may apply"), blank=True)
    submission_address = models.TextField(_("where to submit"), blank=True)
    result = models.TextField(_("result"), blank=True)
    conditions = models.TextField(_("requirements and conditions"), blank=True)
    steps = StreamField(STEP_BLOCKS, verbose_name=_("steps"), blank=True)
    channels = StreamField(CHANNEL_BLOCKS, verbose_name=_("channels, time and fees"), blank=True)
    documents = StreamField(DOCUMENT_BLOCKS, verbose_name=_("documents to bring"), blank=True)
    legal_basis = StreamField(LEGAL_BASIS_BLOCKS, verbose_name=_("legal basis"), blank=True)

    objects = ProcedureQuerySet.as_manager()

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("code", boost=3),
        index.AutocompleteField("code"),
        index.SearchField("applicants"),
        index.SearchField("result"),
        index.SearchField("conditions"),
        index.RelatedFields("field", [index.SearchField("name")]),
        index.RelatedFields("agency", [index.SearchField("name")]),
        index.FilterField("field"),
        index.FilterField("online_level"),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("code"), FieldPanel("decision_number")]),
                    FieldPanel("name"),
                    FieldRowPanel([FieldPanel("field"), FieldPanel("procedure_type")]),
                    MultiFieldPanel(
                        [FieldRowPanel([FieldPanel(name) for name in LEVEL_FIELDS.values()])],
                        heading=_("Levels"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("agency"),
                            FieldPanel("competent_authority"),
                            FieldPanel("delegated_agency"),
                            FieldPanel("coordinating_agency"),
                        ],
                        heading=_("Agencies"),
                    ),
                    FieldPanel("applicants"),
                    FieldPanel("submission_address"),
                    FieldRowPanel([FieldPanel("online_level"), FieldPanel("online_url")]),
                    FieldRowPanel([FieldPanel("related_codes"), FieldPanel("updated_on")]),
                ],
                heading=_("General"),
            ),
            ObjectList([FieldPanel("steps"), FieldPanel("channels")], heading=_("Steps, channels and fees")),
            ObjectList(
                [FieldPanel("documents"), FieldPanel("result"), FieldPanel("conditions")],
                heading=_("Documents and result"),
            ),
            ObjectList([FieldPanel("legal_basis")], heading=_("Legal basis")),
        ]
    )

    class Meta:
        ordering = ["sort_name", "code"]
        verbose_name = _("administrative procedure")
        verbose_name_plural = _("administrative procedures")

    def __str__(self):
        return f"{self.code} – {self.name}"

    def save(self, *args, **kwargs):
        self.refresh_derived_fields()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        index_url = procedure_index_url()
        return f"{index_url}{self.slug}/" if index_url else None

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.select_related("field", "agency")

    @property
    def levels(self):
        return [level for level, attribute in LEVEL_FIELDS.items() if getattr(self, attribute)]

    @levels.setter
    def levels(self, levels):
        for level, attribute in LEVEL_FIELDS.items():
            setattr(self, attribute, level in levels)

    @property
    def level_labels(self):
        return [Level(level).label for level in self.levels]

    @property
    def related_code_list(self):
        return [code for code in re.split(r"[;,\s]+", self.related_codes) if code]

    def refresh_derived_fields(self):
        """The address and the reading order follow the code and the name."""
        self.slug = code_slug(self.code)
        self.sort_name = fold(self.name)[:500]

    def clean(self):
        errors = {}
        if self.code and not CODE_PATTERN.match(self.code):
            errors["code"] = CODE_SHAPE_MESSAGE
        elif self.code and Procedure.objects.exclude(pk=self.pk).filter(slug=code_slug(self.code)).exists():
            errors["code"] = _("Another procedure has a code that gives the same address.")
        if not self.levels:
            errors["at_commune"] = _("Tick at least one level.")
        bad_codes = [code for code in self.related_code_list if not CODE_PATTERN.match(code)]
        if bad_codes:
            errors["related_codes"] = _("These are not procedure codes: %(codes)s.") % {
                "codes": ", ".join(bad_codes)
            }
        if errors:
            raise ValidationError(errors)

    @property
    def url(self):
        return self.get_absolute_url()
