"""The admin's forms: one entry (the snippet editor) and a whole week in one table."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from core.scope import site_scope

from .models import ScheduleEntry, SchedulePage
from .people import people_of_site
from .weeks import BadWeek, Week, weekday_name

ROW_FIELDS = [
    "date",
    "start_time",
    "end_time",
    "content",
    "leaders",
    "place",
    "participants",
    "preparing_unit",
]
BLANK_ROWS = 8


def editable_schedules(user):
    """The schedule pages the user may edit: an editor of one commune edits only its schedule."""
    return site_scope(user, SchedulePage.objects.all())


def check_leaders_site(form, site, leaders):
    """Leaders come from the schedule's own unit (`site`): another site's people are refused by name."""
    strangers = [person.full_name for person in leaders if person.site_id != getattr(site, "pk", None)]
    if strangers:
        form.add_error(
            "leaders",
            _("Not a person of this unit: %(names)s.") % {"names": ", ".join(strangers)},
        )


class ScheduleEntryForm(WagtailAdminModelForm):
    """The snippet editor's form (its views list only the schedules and people of the
    editor's sites, see core.scope): the leaders must belong to the chosen schedule's unit."""

    def clean(self):
        cleaned_data = super().clean()
        schedule = cleaned_data.get("schedule")
        if schedule is not None:
            check_leaders_site(self, schedule.get_site(), cleaned_data.get("leaders") or [])
        return cleaned_data


class WeekChoiceForm(forms.Form):
    """Which schedule and which week the table shows."""

    schedule = forms.ModelChoiceField(
        label=_("Work schedule"), queryset=SchedulePage.objects.none(), empty_label=None
    )
    week = forms.CharField(
        label=pgettext_lazy("schedule", "Week"),
        max_length=8,
        help_text=_("Year and week number, for example 2026-W05."),
        widget=forms.TextInput(attrs={"type": "week"}),
    )

    def __init__(self, *args, schedules, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["schedule"].queryset = schedules

    def clean_week(self):
        try:
            return Week.parse(self.cleaned_data["week"])
        except BadWeek as error:
            raise forms.ValidationError(str(error)) from None


class WeekRowForm(forms.ModelForm):
    """One row of the week's table. A row left empty is skipped."""

    date = forms.TypedChoiceField(
        label=pgettext_lazy("schedule", "Day"), coerce=datetime.date.fromisoformat, choices=()
    )

    class Meta:
        model = ScheduleEntry
        fields = ROW_FIELDS
        widgets = {
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "end_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "content": forms.Textarea(attrs={"rows": 2, "cols": 30}),
            "participants": forms.Textarea(attrs={"rows": 2, "cols": 20}),
            "leaders": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, schedule, site, week, leader_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.schedule, self.site = schedule, site
        days = {day.isoformat(): day for day in week.days()}
        date_field = self.fields["date"]
        date_field.choices = [("", "—")] + [
            (key, f"{weekday_name(day)} {day:%d/%m}") for key, day in days.items()
        ]
        if self.instance.pk:
            self.initial["date"] = self.instance.date.isoformat()
        leaders = self.fields["leaders"]
        leaders.queryset = people_of_site(site)
        # Read once for the whole table: the queryset alone is read again by every row.
        leaders.choices = leader_choices

    def clean(self):
        cleaned_data = super().clean()
        check_leaders_site(self, self.site, cleaned_data.get("leaders") or [])
        return cleaned_data

    def save(self, commit=True):
        self.instance.schedule = self.schedule
        return super().save(commit)


class BaseWeekFormSet(forms.BaseModelFormSet):
    def __init__(self, *args, schedule, week, may_delete=True, **kwargs):
        self.schedule, self.week, self.site = schedule, week, schedule.get_site()
        # Without it, a row has no “Delete” box, and a posted one is ignored.
        self.can_delete = may_delete
        leaders = self.form.base_fields["leaders"]
        self.leader_choices = [
            (person.pk, leaders.label_from_instance(person)) for person in people_of_site(self.site)
        ]
        kwargs.setdefault(
            "queryset",
            schedule.entries.filter(date__range=(week.monday, week.sunday)).prefetch_related("leaders"),
        )
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {
            **super().get_form_kwargs(index),
            "schedule": self.schedule,
            "site": self.site,
            "week": self.week,
            "leader_choices": self.leader_choices,
        }


WeekFormSet = forms.modelformset_factory(
    ScheduleEntry,
    form=WeekRowForm,
    formset=BaseWeekFormSet,
    extra=BLANK_ROWS,
    can_delete=True,
    max_num=200,
    validate_max=True,
)
