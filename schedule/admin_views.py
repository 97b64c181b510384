"""The admin's quick entry: 'Nhập lịch tuần', a table of a whole week to enter and correct
in one screen, and the import of a spreadsheet with a report of each row."""

import functools

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from procedures.admin_views import ImportForm, ImportView

from .forms import WeekChoiceForm, WeekFormSet, editable_schedules
from .importing import ScheduleImporter
from .models import ScheduleEntry, SchedulePage
from .weeks import Week


class WeekTableView(WagtailAdminTemplateMixin, TemplateView):
    """GET ?schedule=…&week=2026-W49 shows the week's entries and blank rows; POST saves
    every row at once, or none when a row is wrong (each wrong row says why)."""

    template_name = "schedule/admin/week_table.html"
    page_title = _("Enter a week of the schedule")
    header_icon = "date"
    index_url_name = None

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        self.schedules = editable_schedules(user)
        may_enter = all(user.has_perm(f"schedule.{action}_scheduleentry") for action in ("add", "change"))
        if not may_enter or not self.schedules.exists():
            raise PermissionDenied
        # A unit's editors enter and correct the week; its approvers also delete.
        self.may_delete = user.has_perm("schedule.delete_scheduleentry")
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": _("Schedule entries")},
            {"url": "", "label": self.get_page_title()},
        ]

    def choice_form(self):
        data = self.request.GET.copy()
        data.setdefault("schedule", str(self.schedules.first().pk))
        data.setdefault("week", str(Week.containing(timezone.localdate())))
        return WeekChoiceForm(data, schedules=self.schedules)

    def get(self, request, *args, **kwargs):
        choice = self.choice_form()
        formset = None
        if choice.is_valid():
            formset = self.formset(choice)
        response = self.render_to_response(self.get_context_data(choice=choice, formset=formset))
        if not choice.is_valid():
            response.status_code = 400
        return response

    def formset(self, choice, data=None):
        return WeekFormSet(
            data,
            schedule=choice.cleaned_data["schedule"],
            week=choice.cleaned_data["week"],
            may_delete=self.may_delete,
            prefix="row",
        )

    def post(self, request, *args, **kwargs):
        choice = self.choice_form()
        if not choice.is_valid():
            return self.get(request, *args, **kwargs)
        formset = self.formset(choice, request.POST)
        if formset.is_valid():
            with transaction.atomic():
                formset.save()
            saved, deleted = (
                len(formset.new_objects) + len(formset.changed_objects),
                len(formset.deleted_objects),
            )
            messages.success(
                request,
                _("The week is saved: %(saved)s entries added or changed, %(deleted)s deleted.")
                % {"saved": saved, "deleted": deleted},
            )
            return redirect(f"{request.path}?{request.GET.urlencode()}")
        messages.error(request, _("Nothing was saved: correct the rows marked below."))
        response = self.render_to_response(self.get_context_data(choice=choice, formset=formset))
        response.status_code = 400
        return response


class ScheduleImportForm(ImportForm):
    schedule = forms.ModelChoiceField(
        label=_("Work schedule"), queryset=SchedulePage.objects.none(), empty_label=None
    )

    def __init__(self, *args, schedules=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["schedule"].queryset = schedules if schedules is not None else SchedulePage.objects.none()
        self.order_fields(["schedule", "file", "dry_run"])


class ScheduleImportView(ImportView):
    """A spreadsheet of entries into a schedule the editor may edit, with a report of each row."""

    form_class = ScheduleImportForm
    model = ScheduleEntry

    def dispatch(self, request, *args, **kwargs):
        self.schedules = editable_schedules(request.user)
        if not self.schedules.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "schedules": self.schedules}

    def form_valid(self, form):
        schedule = form.cleaned_data["schedule"]
        self.importer_class = functools.partial(ScheduleImporter, schedule, schedule.get_site())
        return super().form_valid(form)

    def get_context_data(self, **kwargs):
        if "form" in kwargs and not kwargs["form"].is_bound:
            kwargs["form"] = self.form_class(schedules=self.schedules)
        return super().get_context_data(**kwargs)
