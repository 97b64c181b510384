import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import Kind

MAX_QUERY_LENGTH = 200
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# What Django reads in place of bytes that are not UTF-8 (a URL such as ?q=%FF%FE).
_UNREADABLE = "\ufffd"


def tidy(text):
    """Control characters (a pasted tab, a NUL byte) are spaces; runs of spaces are one."""
    return " ".join(_CONTROL_CHARACTERS.sub(" ", text).split())


class QueryField(forms.CharField):
    def to_python(self, value):
        return tidy(super().to_python(value))


class SearchForm(forms.Form):
    q = QueryField(
        label=_("Words to look for"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _(
                "The search can be at most %(limit_value)d characters long; this one has %(show_value)d. "
                "A few words are enough."
            )
        },
    )
    kind = forms.ChoiceField(
        label=_("Kind of result"),
        required=False,
        choices=[("", pgettext_lazy("kind of search result", "All"))] + Kind.choices,
        error_messages={"invalid_choice": _("There is no such kind of result. Choose one of those listed.")},
    )

    def typed(self):
        """What to show back in the search box, even when the search was refused."""
        return tidy(self.data.get("q", ""))[:MAX_QUERY_LENGTH].replace(_UNREADABLE, "")

    def clean_q(self):
        query = self.cleaned_data["q"]
        if _UNREADABLE in query:
            raise ValidationError(
                _("The search holds characters that could not be read. Type the words again."),
                code="unreadable",
            )
        return query
