"""Which messages an officer sees. One installation hosts a province and its communes: an
officer whose groups hold page permissions (Wagtail's per-site editing rights) sees only
the messages of the participation pages inside those sections; an officer without any
page permission (the installation-wide handling groups alone) and administrators see all."""

from django.db.models import Q
from wagtail.models import GroupPagePermission

from .models.submissions import Submission


def visible_submissions(user, queryset=None):
    queryset = Submission.objects.all() if queryset is None else queryset
    if user.is_superuser:
        return queryset
    roots = list(
        GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True).distinct()
    )
    if not roots:
        return queryset
    condition = Q()
    for path in roots:
        condition |= Q(page__path__startswith=path)
    return queryset.filter(condition)
