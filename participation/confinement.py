"""Which messages an officer sees. One installation hosts a province and its communes: an
officer whose groups hold page permissions (Wagtail's per-site editing rights) sees only
the messages of the participation pages inside those sections; an officer without any
page permission (the installation-wide handling groups alone) and administrators see all."""

from core.scope import page_permission_roots, under_roots

from .models.submissions import Submission


def visible_submissions(user, queryset=None):
    queryset = Submission.objects.all() if queryset is None else queryset
    if user.is_superuser:
        return queryset
    roots = page_permission_roots(user)
    if not roots:
        return queryset
    return queryset.filter(under_roots(roots, "page__path"))
