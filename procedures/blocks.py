"""The parts of a procedure that are lists of structured items (steps, channels with
their fees, documents grouped by case, legal basis): StreamFields, so that an editor
can reorder them and the import can write a whole procedure as one row."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class Channel(models.TextChoices):
    WALK_IN = "truc-tiep", _("In person")
    ONLINE = "truc-tuyen", _("Online")
    POST = "buu-chinh", _("By post")


class TimeUnit(models.TextChoices):
    HOURS = "gio", _("hours")
    WORKING_DAYS = "ngay-lam-viec", _("working days")
    DAYS = "ngay", _("days")
    MONTHS = "thang", _("months")


class FeeBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("fee"), help_text=_("E.g. “Lệ phí đăng ký khai sinh”."))
    amount = blocks.IntegerBlock(
        label=_("amount (VND)"), required=False, min_value=0, help_text=_("0 when it is free.")
    )


class ChannelBlock(blocks.StructBlock):
    channel = blocks.ChoiceBlock(choices=Channel.choices, label=_("channel"))
    time_value = blocks.IntegerBlock(label=_("processing time"), required=False, min_value=0)
    time_unit = blocks.ChoiceBlock(
        choices=TimeUnit.choices, default=TimeUnit.WORKING_DAYS, label=_("unit of time")
    )
    fees = blocks.ListBlock(FeeBlock(), label=_("fees and charges"), default=[])
    notes = blocks.TextBlock(label=_("notes"), required=False)

    class Meta:
        icon = "time"


class RequiredDocumentBlock(blocks.StructBlock):
    name = blocks.TextBlock(label=pgettext_lazy("procedure", "document"))
    originals = blocks.IntegerBlock(label=_("originals"), required=False, min_value=0)
    copies = blocks.IntegerBlock(label=_("copies"), required=False, min_value=0)
    form_name = blocks.CharBlock(
        label=_("form name"), required=False, help_text=_("E.g. “Tờ khai đăng ký khai sinh”.")
    )
    form = DocumentChooserBlock(label=_("form to download"), required=False)

    class Meta:
        icon = "doc-full"


class LegalDocumentBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("number and symbol"), help_text=_("E.g. “60/2014/QH13”."))
    summary = blocks.TextBlock(label=_("summary of the document"), required=False)
    issued_on = blocks.DateBlock(label=_("issue date"), required=False)
    issuer = blocks.CharBlock(label=_("issuer"), required=False)

    class Meta:
        icon = "doc-full-inverse"


STEP_BLOCKS = [("step", blocks.TextBlock(label=_("step"), icon="list-ol"))]
CHANNEL_BLOCKS = [("channel", ChannelBlock(label=_("channel")))]
# A case heading starts a group; the documents after it belong to that case.
DOCUMENT_BLOCKS = [
    ("case", blocks.CharBlock(label=_("case"), icon="title")),
    ("document", RequiredDocumentBlock(label=pgettext_lazy("procedure", "document"))),
]
LEGAL_BASIS_BLOCKS = [("legal_document", LegalDocumentBlock(label=_("legal document")))]


def group_documents(items):
    """[(case or "", [document, ...])] from (block type, value) pairs in stream order."""
    groups = []
    for block_type, value in items:
        if block_type == "case":
            groups.append((value, []))
        else:
            if not groups:
                groups.append(("", []))
            groups[-1][1].append(value)
    return groups
