"""The admin's upload screen for a spreadsheet of procedures or one-stop results."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views.snippets import IndexView

from search.engine import matching_ids

from .models.catalogue import Procedure
from .spreadsheets.tables import MAX_FILE_BYTES, ImportFileError


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet file"),
        # An empty file gets the import's own reason, like any other file it cannot read.
        allow_empty_file=True,
        help_text=_("CSV (UTF-8) or Excel .xlsx, at most 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,text/csv"}),
    )
    dry_run = forms.BooleanField(
        label=_("Check only, save nothing"),
        required=False,
        help_text=_("See what the file would add, change and reject before importing it."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload


class ImportView(WagtailAdminTemplateMixin, FormView):
    """Rows that pass are imported and the others listed with their reasons; a file that
    cannot be read is refused with 400, a file with rejected rows answers 422."""

    template_name = "procedures/admin/import.html"
    form_class = ImportForm
    importer_class = None
    permission_policy = None
    index_url_name = None
    columns = ()
    help_template = None
    header_icon = "upload"
    model = None
    # Where the data as it stands can be downloaded in the same columns, as a template.
    export_url_finder = None

    def dispatch(self, request, *args, **kwargs):
        # Importing adds and changes rows, so it takes both permissions.
        if not self.permission_policy.user_has_permission(
            request.user, "add"
        ) or not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Import %(items)s from a file") % {"items": self.model._meta.verbose_name_plural}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": self.model._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            columns=self.columns,
            help_template=self.help_template,
            index_url=reverse(self.index_url_name),
            export_url=self.export_url_finder() if self.export_url_finder else None,
            **kwargs,
        )

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        try:
            report = self.importer_class().run(
                form.cleaned_data["file"].read(), dry_run=form.cleaned_data["dry_run"]
            )
        except ImportFileError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        return self.render_to_response(
            self.get_context_data(form=self.form_class(), report=report),
            status=422 if report.rejected else 200,
        )


class ImportableIndexView(IndexView):
    """A snippet listing with an “Import from a file” button beside “Add”."""

    import_url_name = None

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        policy = self.permission_policy
        if policy.user_has_permission(self.request.user, "add") and policy.user_has_permission(
            self.request.user, "change"
        ):
            buttons.append(
                HeaderButton(_("Import from a file"), url=reverse(self.import_url_name), icon_name="upload")
            )
        return buttons


class ProcedureAdminIndexView(ImportableIndexView):
    """The admin's search box finds what the public list's finds, from the same index."""

    def search_queryset(self, queryset):
        found = matching_ids(Procedure, self.search_query) if self.is_searching else None
        return queryset if found is None else queryset.filter(pk__in=found)
