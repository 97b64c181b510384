from django import template

from core.permission_labels import permission_label as label

register = template.Library()


@register.filter
def permission_label(permission):
    """A permission's name in the reader's language ("Thêm trang" for "Can add page")."""
    return label(permission)
