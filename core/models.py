from django.db import models
from django.db.models import Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models.audit_log import BaseLogEntry, ModelLogEntryManager

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


class ScopedLogEntryManager(ModelLogEntryManager):
    def viewable_by_user(self, user):
        """Entries about the things the user may see: another unit's comment, person,
        schedule entry, image or file stays out of this unit's site history."""
        if user.is_active and user.is_superuser:
            return self.all()
        from .scope import visible_instances_by_model

        condition = Q(pk__in=[])
        for content_type, visible in visible_instances_by_model(user):
            keys = visible.annotate(log_key=Cast("pk", models.CharField())).values("log_key")
            condition |= Q(content_type=content_type, object_id__in=keys)
        return self.filter(condition)


class ScopedLogEntry(BaseLogEntry):
    """Wagtail's log of changes to a model, for the models that belong to one unit
    (registered in core.wagtail_hooks): Wagtail's own log shows an entry to whoever may
    change that kind of thing, on any site."""

    object_id = models.CharField(max_length=255, db_index=True)

    objects = ScopedLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("log entry of a unit")
        verbose_name_plural = _("log entries of units")
