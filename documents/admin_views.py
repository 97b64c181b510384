"""The admin's upload screen for a spreadsheet of documents, into a register the editor may publish in."""

import functools

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.widgets.button import HeaderButton

from procedures.admin_views import ImportForm, ImportView

from .importing import DocumentImporter
from .models import LegalDocumentIndexPage, LegalDocumentPage


def registers_for(user):
    """The registers in which the user may add and publish documents."""
    return [
        register
        for register in LegalDocumentIndexPage.objects.all()
        if (permissions := register.permissions_for_user(user)).can_add_subpage()
        and permissions.can_publish_subpage()
    ]


class DocumentImportForm(ImportForm):
    register = forms.ModelChoiceField(
        label=pgettext_lazy("legal document", "Register"),
        queryset=LegalDocumentIndexPage.objects.none(),
        empty_label=None,
    )

    def __init__(self, *args, registers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["register"].queryset = LegalDocumentIndexPage.objects.filter(
            pk__in=[register.pk for register in registers]
        )
        self.order_fields(["register", "file", "dry_run"])


class DocumentImportView(ImportView):
    form_class = DocumentImportForm
    model = LegalDocumentPage

    def dispatch(self, request, *args, **kwargs):
        self.registers = registers_for(request.user)
        if not self.registers:
            raise PermissionDenied
        return super(ImportView, self).dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "registers": self.registers}

    def form_valid(self, form):
        self.importer_class = functools.partial(
            DocumentImporter, form.cleaned_data["register"], self.request.user
        )
        return super().form_valid(form)

    def get_context_data(self, **kwargs):
        if "form" in kwargs and not kwargs["form"].is_bound:
            kwargs["form"] = self.form_class(registers=self.registers)
        return super().get_context_data(**kwargs)


class ImportableDocumentIndexView(IndexView):
    """The admin's list of documents, with an “Import from a file” button."""

    import_url_name = None

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if registers_for(self.request.user):
            buttons.append(
                HeaderButton(_("Import from a file"), url=reverse(self.import_url_name), icon_name="upload")
            )
        return buttons
