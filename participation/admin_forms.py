"""The forms of each handling step in the admin (participation.workflow.STEPS)."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from comments.forms import NfcCharField

from .workflow import ANSWER


def note_field(required=False):
    return NfcCharField(
        label=_("Internal note"),
        required=required,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Seen by officers only."),
        error_messages={"required": _("Please write the note.")},
    )


class StepForm(forms.Form):
    def __init__(self, *args, submission=None, **kwargs):
        self.submission = submission
        super().__init__(*args, **kwargs)


class AssignForm(StepForm):
    department = NfcCharField(
        label=_("Department"), max_length=255, error_messages={"required": _("Please name the department.")}
    )
    officer = forms.ModelChoiceField(
        label=_("Officer"), queryset=get_user_model().objects.none(), required=False
    )
    note = note_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = (
            get_user_model().objects.with_perm(ANSWER, include_superusers=False).order_by("username")
        )


class RefuseForm(StepForm):
    reason = NfcCharField(
        label=_("Reason for refusal (shown to the resident)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Please give the reason for refusal.")},
    )


class AnswerForm(StepForm):
    answer = NfcCharField(
        label=_("Answer"),
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={"required": _("Please write the answer.")},
    )
    answering_unit = NfcCharField(label=_("Answering unit"), max_length=255, required=False)
    note = note_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.submission is not None:
            self.initial.setdefault("answer", self.submission.answer)
            self.initial.setdefault(
                "answering_unit",
                self.submission.answering_unit or self.submission.page.specific.answering_unit,
            )


class PublishForm(StepForm):
    published_question = NfcCharField(
        label=_("Question as published"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Take out any name, address, phone number or other personal detail before publishing."),
        error_messages={"required": _("Please give the text of the question to publish.")},
    )
    note = note_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.submission is not None:
            self.initial.setdefault(
                "published_question", self.submission.published_question or self.submission.content
            )


class NoteOnlyForm(StepForm):
    note = note_field()


class RequiredNoteForm(StepForm):
    note = note_field(required=True)


STEP_FORMS = {
    "assign": AssignForm,
    "refuse": RefuseForm,
    "answer": AnswerForm,
    "publish": PublishForm,
    "unpublish": NoteOnlyForm,
    "close": NoteOnlyForm,
    "note": RequiredNoteForm,
}
