"""The resident's forms: sending a question or feedback, and looking one up."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from comments.forms import NfcCharField, SingleLineField, count_links, text_field

from .contacts import normalize_phone
from .models.lists import SubmissionField
from .models.submissions import (
    CONTENT_MAX_LENGTH,
    EMAIL_MAX_LENGTH,
    NAME_MAX_LENGTH,
    PLACE_MAX_LENGTH,
    SUBJECT_MAX_LENGTH,
    Kind,
)
from .photos import MAX_PHOTOS, PhotosField


def optional_text(field_class, label, max_length, too_long_message, **options):
    messages = {"max_length": too_long_message, **options.pop("messages", {})}
    return field_class(label=label, max_length=max_length, required=False, error_messages=messages, **options)


class ResidentForm(forms.Form):
    """What the residents' forms of the participation page share: a honeypot field that
    robots fill in, no maxlength attribute (it would cut pasted text silently; the server
    says what is too long), and a copy of what was typed for the page that refuses it."""

    website = forms.CharField(label=_("Leave this field empty"), required=False)
    spam_message = _(
        "Your message was taken for automated spam and was not sent. If you are a person, please send it again."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update(tabindex="-1", autocomplete="off")
        for field in self.fields.values():
            field.widget.attrs.pop("maxlength", None)

    def is_spam_bait_filled(self):
        return bool(self.data.get("website"))

    def resident_fields(self):
        """The names of what the resident typed and ticked: not the honeypot, and not the
        files, which a browser cannot be handed back."""
        return [
            name
            for name, field in self.fields.items()
            if name != "website" and not isinstance(field, forms.FileField)
        ]

    def typed_copy(self):
        """An unbound form holding what the resident typed and ticked."""
        initial = {
            name: bool(self.data.get(name))
            if isinstance(self.fields[name].widget, forms.CheckboxInput)
            else self.data.get(name, "")
            for name in self.resident_fields()
        }
        return type(self)(initial=initial)


class SubmissionForm(ResidentForm):
    kind = forms.ChoiceField(
        label=_("What do you send?"),
        choices=Kind.choices,
        initial=Kind.QUESTION,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose a question or feedback."),
            "invalid_choice": _("Please choose a question or feedback."),
        },
    )
    subject = text_field(
        SingleLineField,
        pgettext_lazy("participation", "Subject"),
        SUBJECT_MAX_LENGTH,
        _("Please enter a subject."),
        _("The subject can have at most %(limit_value)d characters (it has %(show_value)d)."),
    )
    field = forms.ModelChoiceField(
        label=pgettext_lazy("participation", "Field"),
        queryset=SubmissionField.objects.all(),
        empty_label=_("– Choose a field –"),
        error_messages={
            "required": _("Please choose a field."),
            "invalid_choice": _("Please choose a field from the list."),
        },
    )
    content = text_field(
        NfcCharField,
        pgettext_lazy("participation", "Content"),
        CONTENT_MAX_LENGTH,
        _("Please write your question or feedback."),
        _("The content can have at most %(limit_value)d characters (it has %(show_value)d)."),
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    place = optional_text(
        SingleLineField,
        _("Place (optional)"),
        PLACE_MAX_LENGTH,
        _("The place can have at most %(limit_value)d characters (it has %(show_value)d)."),
        help_text=_("An address, if your feedback is about a place: for example “ngõ 5, thôn Đông”."),
    )
    photos = PhotosField(
        label=_("Photos (optional)"),
        help_text=_("At most %(count)d photos (JPEG, PNG, GIF or WebP).") % {"count": MAX_PHOTOS},
    )
    name = text_field(
        SingleLineField,
        pgettext_lazy("participation", "Your name"),
        NAME_MAX_LENGTH,
        _("Please enter your name."),
        _("The name can have at most %(limit_value)d characters (it has %(show_value)d)."),
    )
    email = optional_text(
        forms.EmailField,
        _("E-mail"),
        EMAIL_MAX_LENGTH,
        _("The e-mail address can have at most %(limit_value)d characters (it has %(show_value)d)."),
        messages={"invalid": _("Please enter a valid e-mail address, such as ten@example.com.")},
    )
    phone = optional_text(
        forms.CharField,
        pgettext_lazy("participation", "Phone"),
        30,
        _("The phone number can have at most %(limit_value)d characters (it has %(show_value)d)."),
        help_text=_(
            "Give an e-mail address, a phone number or both: you need one of them to look up the answer."
        ),
    )
    allow_publication = forms.BooleanField(
        label=_("The question and its answer may be published on the portal, without my contact details."),
        required=False,
    )
    publish_name = forms.BooleanField(label=_("My name may be published with them."), required=False)
    consent = forms.BooleanField(
        label=_("I have read the privacy notice above and agree that my data is processed as it says."),
        error_messages={
            "required": _("Please accept the privacy notice: without it we cannot process your data.")
        },
    )

    def submission_data(self):
        """What a submission keeps: everything the resident typed and ticked but the consent,
        without which nothing is kept."""
        return {name: self.cleaned_data[name] for name in self.resident_fields() if name != "consent"}

    def clean_phone(self):
        text = self.cleaned_data["phone"].strip()
        if not text:
            return ""
        phone = normalize_phone(text)
        if phone is None:
            raise forms.ValidationError(
                _("Please enter a Vietnamese phone number of 10 or 11 digits, such as 0912 345 678.")
            )
        return phone

    def clean(self):
        cleaned_data = super().clean()
        no_contact = not cleaned_data.get("email") and not cleaned_data.get("phone")
        if no_contact and not self.has_error("email") and not self.has_error("phone"):
            self.add_error("email", _("Please give an e-mail address or a phone number (or both)."))
        texts = [cleaned_data.get(name) or "" for name in ("subject", "content", "place")]
        limit = settings.COMMENTS_MAX_LINKS
        if count_links(*texts) > limit:
            self.add_error("content", link_limit_message(limit))
        if cleaned_data.get("publish_name") and not cleaned_data.get("allow_publication"):
            cleaned_data["publish_name"] = False
        return cleaned_data


class LookupForm(forms.Form):
    code = forms.CharField(
        label=_("Receipt code"),
        max_length=20,
        help_text=_("For example PA-2026-000123."),
        error_messages={
            "required": _("Please enter the receipt code."),
            "max_length": _("A receipt code has at most %(limit_value)d characters."),
        },
    )
    contact = forms.CharField(
        label=_("E-mail or phone given when sending"),
        max_length=EMAIL_MAX_LENGTH,
        error_messages={
            "required": _("Please enter the e-mail address or the phone number you gave."),
            "max_length": _("This is too long for an e-mail address or a phone number."),
        },
    )

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper()


class DraftCommentForm(ResidentForm):
    """A resident's comment on a draft: held for moderation, as article comments are."""

    name = text_field(
        SingleLineField,
        pgettext_lazy("participation", "Your name"),
        NAME_MAX_LENGTH,
        _("Please enter your name."),
        _("The name can have at most %(limit_value)d characters (it has %(show_value)d)."),
    )
    email = text_field(
        forms.EmailField,
        _("E-mail"),
        EMAIL_MAX_LENGTH,
        _("Please enter your e-mail address."),
        _("The e-mail address can have at most %(limit_value)d characters (it has %(show_value)d)."),
        messages={"invalid": _("Please enter a valid e-mail address, such as ten@example.com.")},
    )
    comment = text_field(
        NfcCharField,
        _("Your comment on the draft"),
        CONTENT_MAX_LENGTH,
        _("Please write your comment."),
        _("The content can have at most %(limit_value)d characters (it has %(show_value)d)."),
        widget=forms.Textarea(attrs={"rows": 8}),
    )

    def clean(self):
        cleaned_data = super().clean()
        limit = settings.COMMENTS_MAX_LINKS
        if count_links(cleaned_data.get("comment") or "") > limit:
            self.add_error("comment", link_limit_message(limit))
        return cleaned_data


def link_limit_message(limit):
    return ngettext(
        "Your text can contain at most %(limit)d link.",
        "Your text can contain at most %(limit)d links.",
        limit,
    ) % {"limit": limit}
