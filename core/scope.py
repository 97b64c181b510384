"""Which part of the page tree a user may work on: the pages their groups may edit
(units.access grants each unit's groups its own home page). Admin views of things that
belong to pages (comments under articles) show and change only what lies there."""

from django.db.models import Q
from wagtail.models import GroupPagePermission

EDITING_PERMISSIONS = ("change_page", "publish_page")


def editable_roots(user):
    """Paths of the pages under which the user may edit, or None: everywhere."""
    if user.is_superuser:
        return None
    if not user.is_active:
        return []
    return list(
        GroupPagePermission.objects.filter(group__user=user, permission__codename__in=EDITING_PERMISSIONS)
        .values_list("page__path", flat=True)
        .distinct()
    )


def under_editable_pages(user, path_field="path"):
    """A condition on `path_field` (a page's path, e.g. "article__path") that keeps what
    lies under the pages the user may edit."""
    roots = editable_roots(user)
    if roots is None:
        return Q()
    condition = Q(pk__in=[])
    for root in roots:
        condition |= Q(**{f"{path_field}__startswith": root})
    return condition
