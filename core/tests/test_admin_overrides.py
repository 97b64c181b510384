"""The project's copies of Wagtail admin templates (templates/wagtail*/) change only what
puts English in front of a Vietnamese editor, and follow Wagtail's own template
otherwise: after an upgrade that changes one of them, this test names the copy to redo.

Each copy is Wagtail's template with these replacements and nothing else."""

import importlib.util
from pathlib import Path

import pytest
from django.conf import settings

ACTIONS_LABEL = ('aria-label="Actions"', 'aria-label="{% trans "Actions" %}"')
SEARCH_BUTTON = (
    '<input type="submit" value="Search" class="button" />',
    '<input type="submit" value="{% trans "Search" %}" class="button" />',
)
PAGE_LABEL = (
    "{% formattedfield field=form.page sr_only_label=True %}",
    '{% formattedfield field=form.page sr_only_label=True label_text=_("Page") %}',
)
WITH_PERMISSION_LABELS = (
    "{% load i18n wagtailadmin_tags %}",
    "{% load i18n wagtailadmin_tags admin_labels %}",
)

# template: (Wagtail package, [(Wagtail's text, the copy's text)])
OVERRIDES = {
    # The header's actions are a navigation landmark named in English.
    "wagtailadmin/shared/headers/_actions.html": (
        "wagtail.admin",
        [("{# Actions divider #}\n", "{% load i18n %}{# Actions divider #}\n"), ACTIONS_LABEL],
    ),
    # The hidden search button screen readers announce.
    "wagtailadmin/shared/header.html": ("wagtail.admin", [SEARCH_BUTTON]),
    "wagtailadmin/home.html": ("wagtail.admin", [SEARCH_BUTTON]),
    # A yes/no column's icon read "True", "False" or "None".
    "wagtailadmin/tables/boolean_cell.html": (
        "wagtail.admin",
        [
            ("{% icon title=value|stringformat:'s' name=\"help\"", '{% icon title=_("Unknown") name="help"'),
            ("{% icon title=value|stringformat:'s' name=\"check\"", '{% icon title=_("Yes") name="check"'),
            ("{% icon title=value|stringformat:'s' name=\"cross\"", '{% icon title=_("No") name="cross"'),
        ],
    ),
    # A page published by no one (an import) read "None" as its publisher.
    "wagtailadmin/shared/user_avatar.html": (
        "wagtail.admin",
        [("{{ user }}", "{{ user|default_if_none:'' }}")],
    ),
    # The page search's result count named its model "None".
    "wagtailadmin/pages/listing/_page_title_column_header.html": (
        "wagtail.admin",
        [
            (
                "items_count=items_count|intcomma %}",
                'items_count=items_count|intcomma model_name=model_name|default:_("pages") %}',
            )
        ],
    ),
    # The page chooser of a workflow's pages is labelled from its field name.
    "wagtailadmin/workflows/includes/workflow_pages_form.html": ("wagtail.admin", [PAGE_LABEL]),
    # The search promotion's link text is labelled from its field name.
    "wagtailsearchpromotions/includes/searchpromotion_form.html": (
        "wagtail.contrib.search_promotions",
        [
            (
                "{% formattedfield form.external_link_text %}",
                '{% formattedfield form.external_link_text label_text=_("External link text") %}',
            )
        ],
    ),
    # Permissions as Django stores them, in English ("Can add page").
    "wagtailusers/groups/includes/formatted_permissions.html": (
        "wagtail.users",
        [
            WITH_PERMISSION_LABELS,
            ("{{ content_perms_dict.add.perm.name }}", "{{ content_perms_dict.add.perm|permission_label }}"),
            (
                "{{ content_perms_dict.change.perm.name }}",
                "{{ content_perms_dict.change.perm|permission_label }}",
            ),
            (
                "{{ content_perms_dict.delete.perm.name }}",
                "{{ content_perms_dict.delete.perm|permission_label }}",
            ),
            (
                "{% trans custom_perm.name as custom_perm_label %}",
                "{% with custom_perm_label=custom_perm.perm|permission_label %}",
            ),
            (
                "attrs=custom_perm.attrs %}\n",
                "attrs=custom_perm.attrs %}\n                                            {% endwith %}\n",
            ),
            ("{% trans perm_tuple.0.name %}", "{{ perm_tuple.0|permission_label }}"),
        ],
    ),
    "wagtailusers/groups/includes/page_permissions_form.html": (
        "wagtail.users",
        [
            WITH_PERMISSION_LABELS,
            PAGE_LABEL,
            ("{{ option.choice_label }}", "{{ option.data.value.instance|permission_label }}"),
        ],
    ),
}


def wagtails_template(package, name):
    return Path(importlib.util.find_spec(package).origin).parent / "templates" / name


def test_every_copy_of_a_wagtail_template_is_listed():
    copies = {
        str(path.relative_to(Path(settings.BASE_DIR) / "templates"))
        for folder in ("wagtailadmin", "wagtailusers", "wagtailsearchpromotions")
        for path in (Path(settings.BASE_DIR) / "templates" / folder).rglob("*.html")
    }
    # The dashboard's account summary is the project's own (docs/huong-dan-bien-tap.md).
    assert copies - {"wagtailadmin/home/account_summary.html"} == set(OVERRIDES)


@pytest.mark.parametrize("name", sorted(OVERRIDES))
def test_a_copy_is_wagtails_template_with_only_its_translations(name):
    package, replacements = OVERRIDES[name]
    expected = wagtails_template(package, name).read_text(encoding="utf-8")
    for wagtails, ours in replacements:
        assert wagtails in expected, f"Wagtail's {name} changed: redo the copy"
        expected = expected.replace(wagtails, ours)
    assert (Path(settings.BASE_DIR) / "templates" / name).read_text(encoding="utf-8") == expected
