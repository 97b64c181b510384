"""Vietnamese names for the permissions shown on the group and user forms.

Django stores a permission's name in English in the database ("Can add page") and Wagtail
shows it as it is. A model's standard permissions (add, change, delete, view) are named
here from the action and the model's translated verbose name; any other permission by
its stored name, translated through the catalogues."""

from django.contrib.auth import get_permission_codename
from django.utils.translation import gettext, gettext_noop, pgettext_lazy

STANDARD_ACTIONS = {
    "add": pgettext_lazy("permission", "Add %(model)s"),
    "change": pgettext_lazy("permission", "Change %(model)s"),
    "delete": pgettext_lazy("permission", "Delete %(model)s"),
    "view": pgettext_lazy("permission", "View %(model)s"),
}

# Names that third-party packages give their own permissions in their migrations, outside
# gettext (Wagtail's page permissions are in its catalogue already).
THIRD_PARTY_NAMES = (
    gettext_noop("Can choose document"),
    gettext_noop("Can choose image"),
    gettext_noop("Can moderate comments"),
)


def standard_action(permission, model):
    for action in model._meta.default_permissions:
        if action in STANDARD_ACTIONS and permission.codename == get_permission_codename(action, model._meta):
            return action
    return None


def permission_label(permission):
    model = permission.content_type.model_class()
    action = model and standard_action(permission, model)
    if action:
        return STANDARD_ACTIONS[action] % {"model": model._meta.verbose_name}
    return gettext(permission.name)
