"""The unit's departments and people: each edited once, shown on every page that names them.

Both belong to one site (a province and its communes share an installation but not their
officials): every query a reader triggers filters on the site."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from core.english import (
    EnglishVersionMixin,
    EnglishVersionModelForm,
    EnglishVersionPanel,
    english_source_field,
)


class Department(EnglishVersionMixin, models.Model):
    """A phòng, ban or đơn vị of the unit; `parent` draws the organisation chart."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=pgettext_lazy("unit", "site"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("belongs to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text=_("Empty for the unit's own leadership or a body directly under it."),
    )
    name = models.CharField(pgettext_lazy("department", "name"), max_length=255)
    name_en = models.CharField(_("name in English"), max_length=255, blank=True)
    functions = models.TextField(_("functions and tasks"), blank=True)
    functions_en = models.TextField(_("functions and tasks in English"), blank=True)
    phone = models.CharField(pgettext_lazy("contact", "phone"), max_length=50, blank=True)
    email = models.EmailField(pgettext_lazy("contact", "e-mail"), blank=True)
    sort_order = models.PositiveIntegerField(
        pgettext_lazy("list", "order"), default=0, help_text=_("Smaller numbers come first.")
    )
    english_source = english_source_field()

    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("parent"),
        FieldPanel("functions"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("sort_order"),
        EnglishVersionPanel([FieldPanel("name_en"), FieldPanel("functions_en")]),
    ]
    base_form_class = EnglishVersionModelForm
    english_fields = ("name", "functions")

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.parent_id is None:
            return
        if self.site_id and self.parent.site_id != self.site_id:
            raise ValidationError({"parent": _("Choose a department of the same site.")})
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError(
                    {"parent": _("A department cannot belong to itself or to one of its own parts.")}
                )
            ancestor = ancestor.parent

    @property
    def display_name(self):
        return self.in_reader_language("name")

    @property
    def display_functions(self):
        return self.in_reader_language("functions")


class Role(models.TextChoices):
    LEADER = "leader", _("leader")
    OFFICIAL = "official", _("official")


class Person(EnglishVersionMixin, models.Model):
    """A leader or official of the unit, with the contacts Decree 42/2022 Art. 4(1)(e) asks for."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=pgettext_lazy("unit", "site"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    full_name = models.CharField(pgettext_lazy("organisation", "full name"), max_length=255)
    title = models.CharField(
        pgettext_lazy("organisation", "position"),
        max_length=255,
        help_text=_("As in the appointment decision, e.g. Chủ tịch UBND xã."),
    )
    title_en = models.CharField(_("position in English"), max_length=255, blank=True)
    department = models.ForeignKey(
        Department,
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    role = models.CharField(
        pgettext_lazy("organisation", "role"), max_length=20, choices=Role.choices, default=Role.OFFICIAL
    )
    is_spokesperson = models.BooleanField(
        _("spokesperson"),
        default=False,
        help_text=_("The person who speaks to the press for the unit (Decree 09/2017)."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=pgettext_lazy("organisation", "photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    responsibilities = models.TextField(_("responsibilities"), blank=True)
    responsibilities_en = models.TextField(_("responsibilities in English"), blank=True)
    phone = models.CharField(pgettext_lazy("contact", "phone"), max_length=50, blank=True)
    email = models.EmailField(pgettext_lazy("contact", "e-mail"), blank=True)
    office_hours = models.CharField(
        _("office hours"),
        max_length=255,
        blank=True,
        help_text=_("When residents can meet or call, e.g. Thứ Năm, 8:00–11:00."),
    )
    office_hours_en = models.CharField(_("office hours in English"), max_length=255, blank=True)
    sort_order = models.PositiveIntegerField(
        pgettext_lazy("list", "order"), default=0, help_text=_("Smaller numbers come first.")
    )
    english_source = english_source_field()

    panels = [
        FieldPanel("site"),
        FieldPanel("full_name"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("department")]),
        FieldPanel("is_spokesperson"),
        FieldPanel("photo"),
        FieldPanel("responsibilities"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("office_hours"),
        FieldPanel("sort_order"),
        EnglishVersionPanel(
            [FieldPanel("title_en"), FieldPanel("responsibilities_en"), FieldPanel("office_hours_en")]
        ),
    ]
    base_form_class = EnglishVersionModelForm
    english_fields = ("title", "responsibilities", "office_hours")

    class Meta:
        verbose_name = pgettext_lazy("organisation", "person")
        verbose_name_plural = _("leaders and officials")
        ordering = ["sort_order", "full_name"]

    def __str__(self):
        return f"{self.full_name} – {self.title}"

    def clean(self):
        super().clean()
        if self.department_id and self.site_id and self.department.site_id != self.site_id:
            raise ValidationError({"department": _("Choose a department of the same site.")})

    @property
    def display_title(self):
        return self.in_reader_language("title")

    @property
    def display_responsibilities(self):
        return self.in_reader_language("responsibilities")

    @property
    def display_office_hours(self):
        return self.in_reader_language("office_hours")
