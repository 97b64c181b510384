"""The comment form: the seed page's four required fields, the library's honeypot and
security hash, and the abuse limits."""

import re

from django import forms
from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_comments_xtd.forms import XtdCommentForm

from core.text import nfc

from .models import NAME_MAX_LENGTH, TITLE_MAX_LENGTH, ArticleComment

LINK = re.compile(r"https?://|\bwww\.", re.IGNORECASE)
EMAIL_MAX_LENGTH = 254
# The library's fields this portal does not use: a website link (spam bait), follow-up
# mails and replies.
UNUSED_FIELDS = ("url", "followup", "reply_to")
RESIDENT_FIELDS = ("title", "name", "email", "comment")


NUL_MESSAGE = {
    "null_characters_not_allowed": _(
        "The text contains a character that is not allowed (NUL): please remove it."
    )
}


class NfcCharField(forms.CharField):
    """Text stored in NFC with plain line breaks (browsers send CR LF); lengths are counted
    on NFC, so a phone typing decomposed Vietnamese does not hit the limit early."""

    def to_python(self, value):
        return nfc(super().to_python(value).replace("\r\n", "\n").replace("\r", "\n"))


class SingleLineField(NfcCharField):
    """A title or a name: one line (no line break can reach an e-mail header), single spaces."""

    def to_python(self, value):
        return " ".join(super().to_python(value).split())


def text_field(field_class, label, max_length, required, too_long, **options):
    messages = {"required": required, "max_length": too_long, **NUL_MESSAGE, **options.pop("messages", {})}
    return field_class(label=label, max_length=max_length, error_messages=messages, **options)


def resident_fields():
    """The four fields of the seed page's form, in its order, with its labels."""
    return {
        "title": text_field(
            SingleLineField,
            _("Title"),
            TITLE_MAX_LENGTH,
            _("Please enter a title."),
            _("The title can have at most %(limit_value)d characters (it has %(show_value)d)."),
        ),
        "name": text_field(
            SingleLineField,
            _("Sender"),
            NAME_MAX_LENGTH,
            _("Please enter your name."),
            _("The name can have at most %(limit_value)d characters (it has %(show_value)d)."),
        ),
        "email": text_field(
            forms.EmailField,
            _("Email"),
            EMAIL_MAX_LENGTH,
            _("Please enter your e-mail address."),
            _("The e-mail address can have at most %(limit_value)d characters (it has %(show_value)d)."),
            messages={"invalid": _("Please enter a valid e-mail address, such as ten@example.com.")},
        ),
        "comment": text_field(
            NfcCharField,
            _("Comment text"),
            settings.COMMENTS_MAX_LENGTH,
            _("Please write your comment."),
            _("The comment can have at most %(limit_value)d characters (it has %(show_value)d)."),
            widget=forms.Textarea(attrs={"rows": 6}),
        ),
    }


def count_links(*texts):
    return sum(len(LINK.findall(text)) for text in texts)


class ArticleCommentForm(XtdCommentForm):
    def __init__(self, target_object, data=None, initial=None, **kwargs):
        super().__init__(target_object, data=data, initial=initial, **kwargs)
        for name in UNUSED_FIELDS:
            del self.fields[name]
        self.fields.update(resident_fields())
        self.fields["comment"].help_text = _("At most %(length)s characters and %(links)s links.") % {
            "length": intcomma(settings.COMMENTS_MAX_LENGTH),
            "links": settings.COMMENTS_MAX_LINKS,
        }
        honeypot = self.fields["honeypot"]
        honeypot.label = _("Leave this field empty")
        honeypot.widget.attrs.update(tabindex="-1", autocomplete="off")
        self.order_fields(RESIDENT_FIELDS)
        for name in RESIDENT_FIELDS:
            # A maxlength attribute would cut pasted text silently; the server says what is too long.
            self.fields[name].widget.attrs.pop("maxlength", None)

    def fresh_copy(self):
        """An unbound form with new security data and what the resident typed."""
        return type(self)(
            self.target_object, initial={name: self.data.get(name, "") for name in RESIDENT_FIELDS}
        )

    def clean_timestamp(self):
        """Any age is accepted: the article page may come from a cache, its form rendered
        days ago. The timestamp still cannot be forged (the security hash covers it)."""
        return self.cleaned_data["timestamp"]

    def clean_object_pk(self):
        object_pk = self.cleaned_data["object_pk"]
        if object_pk != str(self.target_object.pk):
            raise forms.ValidationError("The form belongs to another article.")
        return object_pk

    def security_errors(self):
        errors = super().security_errors()
        for name in ("content_type", "object_pk"):
            if name in self.errors:
                errors[name] = self.errors[name]
        return errors

    def clean(self):
        cleaned_data = super().clean()
        texts = [cleaned_data.get(name) or "" for name in RESIDENT_FIELDS]
        limit = settings.COMMENTS_MAX_LINKS
        if count_links(*texts) > limit:
            message = ngettext(
                "A comment can contain at most %(limit)d link.",
                "A comment can contain at most %(limit)d links.",
                limit,
            ) % {"limit": limit}
            self.add_error("comment", message)
        return cleaned_data

    def get_comment_model(self):
        return ArticleComment

    def get_comment_create_data(self, site_id=None):
        self.cleaned_data.update(url="", followup=False, reply_to=0)
        data = super().get_comment_create_data(site_id=site_id)
        data.update(
            article=self.target_object,
            title=self.cleaned_data["title"],
            # Held for moderation whatever the moderator says: the library publishes by default.
            is_public=False,
            email_confirmed=not settings.COMMENTS_CONFIRM_EMAIL,
        )
        return data

    def check_for_duplicate_comment(self, new):
        """The same text sent again by the same address to the same article (a double click,
        a reload of the error page) is the earlier comment, not a new one."""
        same_sender = ArticleComment.objects.filter(
            article=new.article, user_email__iexact=new.user_email
        ).only("comment", "title")
        text = " ".join(new.comment.split()).casefold()
        for old in same_sender:
            if " ".join(old.comment.split()).casefold() == text:
                return old
        return new
