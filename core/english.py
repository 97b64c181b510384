"""English versions kept beside the Vietnamese, field by field, and how they drift apart.

A model lists its translated fields in `english_fields` ("name" has "name_en") and keeps, in
`english_source`, the Vietnamese each English text was written for. When the Vietnamese has
changed since, the English is out of date: the admin says so on which fields, and /en/
shows the current Vietnamese rather than an English text that no longer says the same."""

from django import forms
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import RevisionMixin

ENGLISH = "en"


def english_source_field():
    return models.JSONField(
        _("Vietnamese text the English translates"), default=dict, blank=True, editable=False
    )


def edited_version(instance):
    """What a save changes, as stored: for a model with drafts (a page), its latest draft,
    since each draft and the publication start from the one before, not from the live row;
    else the row. None for an object not saved yet."""
    stored = type(instance)._base_manager.filter(pk=instance.pk).first() if instance.pk else None
    if isinstance(stored, RevisionMixin):
        return stored.get_latest_revision_as_object()
    return stored


class EnglishVersionMixin:
    english_fields = ()

    def save_revision(self, *args, **kwargs):
        """A draft records what its English translates, as a save does: an English text
        written in one draft keeps the Vietnamese it was written for through later drafts."""
        self.record_english_source(edited_version(self))
        return super().save_revision(*args, **kwargs)

    def english_field(self, field):
        return f"{field}_en"

    def _comparable(self, field):
        # Rich text and other values are compared as the text they store.
        value = getattr(self, field)
        return "" if value is None else str(value)

    def record_english_source(self, previous=None, confirm=False):
        """Before saving: an English text that changed (or is confirmed) now translates the
        current Vietnamese. An English text never tracked translates what the Vietnamese
        said before this save (`previous`, as stored), so renaming a unit whose English
        name predates tracking still shows as drift."""
        source = dict(self.english_source or {})
        for field in self.english_fields:
            english = self._comparable(self.english_field(field))
            changed = previous is None or english != previous._comparable(self.english_field(field))
            if not english:
                source.pop(field, None)
            elif confirm or changed:
                source[field] = self._comparable(field)
            elif field not in source:
                source[field] = previous._comparable(field)
        self.english_source = source

    def outdated_english_fields(self):
        """The Vietnamese fields that changed after their English text was written."""
        source = self.english_source or {}
        return [
            field
            for field in self.english_fields
            if self._comparable(self.english_field(field))
            and field in source
            and source[field] != self._comparable(field)
        ]

    def outdated_english_labels(self):
        return [str(self._meta.get_field(field).verbose_name) for field in self.outdated_english_fields()]

    def in_reader_language(self, field):
        """The English text on /en/ when there is one and it is current; else the Vietnamese."""
        if get_language() == ENGLISH:
            english = getattr(self, self.english_field(field))
            if english and field not in self.outdated_english_fields():
                return english
        return getattr(self, field)


class EnglishVersionFormMixin(forms.Form):
    """The admin form of such a model: an editor who has read the English again and found
    it still right says so, and the warning goes."""

    confirm_english = forms.BooleanField(
        label=_("The English version still says the same as the Vietnamese"),
        required=False,
        help_text=_("Tick after checking the English fields marked out of date, if they need no change."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read aloud in English by a screen reader, and checked by an English spell checker.
        for field in self.instance.english_fields:
            if self.instance.english_field(field) in self.fields:
                self.fields[self.instance.english_field(field)].widget.attrs["lang"] = "en"

    def save(self, commit=True):
        instance = self.instance
        confirm = self.cleaned_data.get("confirm_english", False)
        instance.record_english_source(edited_version(instance), confirm=confirm)
        return super().save(commit=commit)


class EnglishVersionModelForm(EnglishVersionFormMixin, WagtailAdminModelForm):
    pass


class EnglishVersionPanel(MultiFieldPanel):
    """The English fields, under a warning naming those whose Vietnamese changed since."""

    def __init__(self, children=(), *args, **kwargs):
        kwargs.setdefault("heading", _("English version"))
        super().__init__([*children, FieldPanel("confirm_english")], *args, **kwargs)

    class BoundPanel(MultiFieldPanel.BoundPanel):
        template_name = "core/panels/english_version.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["outdated_labels"] = self.instance.outdated_english_labels()
            return context
