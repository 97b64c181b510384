"""'Đơn vị' in the admin, for the province's administrators (superusers): every unit's
site, a form that creates one, and the upload of a spreadsheet that creates many."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views import View

from core.models import UnitLevel

from .builder import NAME_MAX_LENGTH, UnitError, build_unit_site
from .models import UnitSite
from .spreadsheet import SpreadsheetError, import_units

LEVEL_CHOICES = [(value, label) for value, label in UnitLevel.choices if value != UnitLevel.DISTRICT]


class UnitForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Unit name"), max_length=NAME_MAX_LENGTH)
    level = forms.ChoiceField(label=gettext_lazy("Administrative level"), choices=LEVEL_CHOICES)
    address = forms.CharField(
        label=pgettext_lazy("unit site", "Address"),
        max_length=255,
        help_text=gettext_lazy("Host name, and port if not the usual one, e.g. xatamhong.vinhphuc.gov.vn."),
    )


class UnitFileForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet of units"),
        help_text=gettext_lazy("CSV or XLSX; first row: Tên đơn vị, Cấp, Địa chỉ."),
    )


class UnitSitesView(View):
    template_name = "units/admin/unit_sites.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def render(self, request, unit_form=None, file_form=None, report=None, status=200):
        units = UnitSite.objects.select_related("site__root_page", "editors", "approvers").order_by(
            "site__site_name"
        )
        context = {
            "units": units,
            "unit_form": unit_form or UnitForm(),
            "file_form": file_form or UnitFileForm(),
            "report": report,
            "page_title": _("Unit sites"),
            "header_icon": "site",
        }
        return TemplateResponse(request, self.template_name, context, status=status)

    def get(self, request):
        return self.render(request)

    def post(self, request):
        if "file" in request.FILES or request.POST.get("action") == "file":
            return self.post_file(request)
        form = UnitForm(request.POST)
        if not form.is_valid():
            return self.render(request, unit_form=form, status=400)
        try:
            built = build_unit_site(**form.cleaned_data)
        except UnitError as error:
            form.add_error(None, str(error))
            return self.render(request, unit_form=form, status=400)
        text = (
            _("The site of “%(name)s” is ready at %(url)s.")
            if built.created
            else _("“%(name)s” already had a site at %(url)s; what was missing has been added.")
        )
        messages.success(request, text % {"name": built.site.site_name, "url": built.site.root_url})
        return redirect(request.path)

    def post_file(self, request):
        form = UnitFileForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(request, file_form=form, status=400)
        try:
            report = import_units(form.cleaned_data["file"].read())
        except SpreadsheetError as error:
            form.add_error("file", str(error))
            return self.render(request, file_form=form, status=400)
        return self.render(request, report=report)
