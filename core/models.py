from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .cache import cached_for_site
from .english import EnglishVersionMixin, EnglishVersionModelForm, EnglishVersionPanel, english_source_field


class UnitLevel(models.TextChoices):
    PROVINCE = "tinh", _("Province")
    CITY = "thanh-pho", _("Centrally governed city")
    COMMUNE = "xa", _("Commune")
    WARD = "phuong", _("Ward")
    SPECIAL_ZONE = "dac-khu", _("Special zone")
    DISTRICT = "huyen", _("District (before 1 July 2025)")


@register_setting(icon="home")
class UnitSettings(EnglishVersionMixin, BaseSiteSetting):
    """Who publishes the portal: nothing about the unit is hard-coded in templates."""

    name = models.CharField(_("unit name"), max_length=255, default="")
    name_en = models.CharField(_("unit name in English"), max_length=255, blank=True)
    level = models.CharField(
        _("administrative level"), max_length=20, choices=UnitLevel.choices, default=UnitLevel.COMMUNE
    )
    governing_body = models.CharField(_("governing body"), max_length=255, blank=True)
    governing_body_en = models.CharField(_("governing body in English"), max_length=255, blank=True)
    editor_in_chief = models.CharField(_("editor in chief"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    address_en = models.CharField(_("address in English"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    licence = models.CharField(
        _("operating licence"),
        max_length=255,
        blank=True,
        help_text=_("The licence number of the portal, shown in the footer."),
    )
    english_source = english_source_field()
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("emblem or logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("level"), FieldPanel("logo")],
            heading=_("Unit"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("governing_body"),
                FieldPanel("editor_in_chief"),
                FieldPanel("licence"),
            ],
            heading=_("Responsibility"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Contact"),
        ),
        EnglishVersionPanel(
            [FieldPanel("name_en"), FieldPanel("governing_body_en"), FieldPanel("address_en")]
        ),
    ]
    base_form_class = EnglishVersionModelForm
    english_fields = ("name", "governing_body", "address")

    class Meta:
        verbose_name = _("unit identity")

    def __str__(self):
        return self.name

    @classmethod
    def for_site(cls, site):
        """Every page shows the unit's identity: read it from the cache, not the database."""
        return cached_for_site("unit-settings", site.pk, lambda: super(UnitSettings, cls).for_site(site))

    @property
    def display_name(self):
        return self.in_reader_language("name")

    @property
    def display_governing_body(self):
        return self.in_reader_language("governing_body")

    @property
    def display_address(self):
        return self.in_reader_language("address")
