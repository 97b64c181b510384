"""Labels Wagtail derives from field names, which gettext never sees ("Link text" from
`link_text`, "Port" from `Column("port")`), given in the reader's language.

The link choosers render their forms in a loop, so their labels are set on the forms'
`base_fields` (Django's documented way to change the fields of every later instance);
the sites listing's columns get their `label`. Labels a template renders one field at a
time are given by template overrides instead (templates/wagtail*/, listed in
docs/thuat-ngu.md)."""

from django.utils.translation import pgettext_lazy
from wagtail.admin.forms.choosers import (
    AnchorLinkChooserForm,
    EmailLinkChooserForm,
    ExternalLinkChooserForm,
    PhoneLinkChooserForm,
)
from wagtail.sites.views import IndexView as SitesIndexView

LINK_TEXT = pgettext_lazy("link chooser", "Link text")
LINK_CHOOSER_LABELS = {
    ExternalLinkChooserForm: {"link_text": LINK_TEXT},
    AnchorLinkChooserForm: {"link_text": LINK_TEXT},
    EmailLinkChooserForm: {
        "email_address": pgettext_lazy("link chooser", "Email address"),
        "link_text": LINK_TEXT,
        "subject": pgettext_lazy("link chooser", "Subject"),
        "body": pgettext_lazy("link chooser", "Body"),
    },
    PhoneLinkChooserForm: {
        "phone_number": pgettext_lazy("link chooser", "Phone number"),
        "link_text": LINK_TEXT,
    },
}
SITES_COLUMN_LABELS = {
    "port": pgettext_lazy("site", "Port"),
    "site_name": pgettext_lazy("site", "Site name"),
    "root_page": pgettext_lazy("site", "Root page"),
}


def label_unlabelled_admin_fields():
    for form, labels in LINK_CHOOSER_LABELS.items():
        for name, label in labels.items():
            form.base_fields[name].label = label
    for column in SitesIndexView.columns:
        column.label = SITES_COLUMN_LABELS.get(column.name, column.label)
