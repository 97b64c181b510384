"""Dates typed in the admin, in any reasonable Vietnamese or ISO form.

Wagtail's date pickers (jQuery datetimepicker) check what was typed when the field
loses focus, against the one format of WAGTAIL_DATETIME_FORMAT, and replace anything
else with the current date and time. An editor who typed "2026-12-02 02:16" into the
schedule dialog thus sent "now": the page went live at once instead of being
scheduled. Here the pickers leave the text as typed, and the server reads it with the
project's input formats (portal/formats), or refuses it with a Vietnamese message that
names the accepted forms. A go-live time newly set in the past is refused too: a
schedule never turns into an immediate publication."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

DATE_MESSAGE = _("Enter a date as dd/mm/yyyy or yyyy-mm-dd, e.g. 30/09/2020.")
DATETIME_MESSAGE = _("Enter a date and time as dd/mm/yyyy HH:MM or yyyy-mm-dd HH:MM, e.g. 30/09/2020 14:30.")
PAST_GO_LIVE_MESSAGE = _(
    "This go-live time has already passed, so the page would be published at once. "
    "Enter a time to come, or clear the field and publish."
)


class KeepTypedTextMixin:
    def get_config(self):
        # The server reads and checks what was typed: the picker must not replace it.
        return {**super().get_config(), "validateOnBlur": False}


class TypedDateInput(KeepTypedTextMixin, AdminDateInput):
    pass


class TypedDateTimeInput(KeepTypedTextMixin, AdminDateTimeInput):
    pass


def register_typed_date_fields():
    """Every admin form built by Wagtail (pages, snippets, settings, inline panels)."""
    register_form_field_override(
        models.DateField, override={"widget": TypedDateInput, "error_messages": {"invalid": DATE_MESSAGE}}
    )
    register_form_field_override(
        models.DateTimeField,
        override={"widget": TypedDateTimeInput, "error_messages": {"invalid": DATETIME_MESSAGE}},
    )


class SchedulePanel(PublishingPanel):
    """Wagtail's schedule dialog (go_live_at, expire_at), with pickers that keep what
    was typed."""

    def __init__(self, **kwargs):
        def field(name):
            return FieldPanel(
                name,
                widget=TypedDateTimeInput(
                    js_overlay_parent_selector="#schedule-publishing-dialog",
                    attrs={
                        "data-controller": "w-action",
                        "data-action": "w-dialog:hidden->w-action#reset",
                        "data-w-dialog-target": "notify",
                    },
                ),
            )

        kwargs.setdefault("children", [field("go_live_at"), field("expire_at")])
        super().__init__(**kwargs)


class ScheduleFormMixin:
    """For a page form: a go-live time just typed must lie ahead."""

    def clean(self):
        super().clean()
        go_live_at = self.cleaned_data.get("go_live_at")
        if go_live_at and "go_live_at" in self.changed_data and go_live_at <= timezone.now():
            self.add_error("go_live_at", forms.ValidationError(PAST_GO_LIVE_MESSAGE, code="past"))
        return self.cleaned_data
