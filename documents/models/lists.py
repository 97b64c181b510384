"""The lists editors keep for the register: document types, issuing bodies, fields.

Shared by every site of an installation (a province's communes use the same types and
mostly the same issuers); each document belongs to its site through its page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel

from core.lists import NamedListItem


class DocumentType(NamedListItem):
    """A loại văn bản such as “Nghị định” or “Công văn”."""

    abbreviation = models.CharField(
        _("abbreviation"),
        max_length=20,
        blank=True,
        help_text=_("As in the symbol of the number, e.g. NĐ for Nghị định, QĐ for Quyết định."),
    )

    panels = [FieldPanel("name"), FieldPanel("abbreviation"), FieldPanel("slug")]

    class Meta(NamedListItem.Meta):
        verbose_name = pgettext_lazy("legal document", "document type")
        verbose_name_plural = pgettext_lazy("legal document", "document types")


class Issuer(NamedListItem):
    """A cơ quan ban hành such as “Chính phủ” or “UBND xã”."""

    class Meta(NamedListItem.Meta):
        verbose_name = _("issuing body")
        verbose_name_plural = _("issuing bodies")


class DocumentField(NamedListItem):
    """A lĩnh vực of the register such as “Đất đai” or “Tài chính – Ngân sách”."""

    class Meta(NamedListItem.Meta):
        verbose_name = pgettext_lazy("legal document", "field")
        verbose_name_plural = pgettext_lazy("legal document", "fields")
