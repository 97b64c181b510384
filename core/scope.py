"""Which part of the page tree a user may work on: the pages their groups may edit
(units.access grants each unit's groups its own home page). Things that belong to a page
(a comment to its article, a person to their site's home page, an entry to its schedule)
are shown, chosen and changed in the admin only by the users who may edit that page.

The roots are read from Wagtail's own cache of the user's page permissions
(page_permission_policy.get_cached_permissions_for_user), kept on the user object: one query
per request, shared with the page explorer's own checks."""

import functools

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.forms import ModelChoiceField
from django.utils.functional import cached_property, classproperty
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Page, Site
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import page_permission_policy, policy_registry, register_permission_policy
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.views import snippets
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)

EDITING_PERMISSIONS = ("change_page", "publish_page")
# Whoever may do one of these with a thing may read its log entries.
SEEING_ACTIONS = ("change", "delete", "choose", "view")


def page_permission_roots(user, codenames=None):
    """Paths of the pages on which the user's groups hold a page permission (one of
    `codenames`, or any), read once per request."""
    return sorted(
        {
            granted.page.path
            for granted in page_permission_policy.get_cached_permissions_for_user(user)
            if codenames is None or granted.permission.codename in codenames
        }
    )


def editable_roots(user):
    """Paths of the pages under which the user may edit, or None: everywhere."""
    if user.is_active and user.is_superuser:
        return None
    return page_permission_roots(user, EDITING_PERMISSIONS)


def under_roots(roots, path_field="path"):
    """A condition on `path_field` keeping what lies under one of `roots` (None: everything)."""
    if roots is None:
        return Q()
    condition = Q(pk__in=[])
    for root in roots:
        condition |= Q(**{f"{path_field}__startswith": root})
    return condition


def under_editable_pages(user, path_field="path"):
    """A condition on `path_field` (a page's path, e.g. "article__path") that keeps what
    lies under the pages the user may edit."""
    return under_roots(editable_roots(user), path_field)


def lies_under(roots, path):
    return roots is None or any(path.startswith(root) for root in roots)


class SitePermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, each confined to the sites the user edits: an instance
    belongs to the page that `page_path` leads to (a lookup ending in that page's path,
    e.g. "article__path", "site__root_page__path", "schedule__path")."""

    def __init__(self, model, page_path, auth_model=None):
        super().__init__(model, auth_model=auth_model)
        self.page_path = page_path

    def within_users_sites(self, user, queryset=None):
        queryset = self.model._default_manager.all() if queryset is None else queryset
        return queryset.filter(under_editable_pages(user, self.page_path))

    def owner_path(self, instance):
        return functools.reduce(getattr, self.page_path.split("__"), instance)

    def lies_in_users_sites(self, user, instance):
        return lies_under(editable_roots(user), self.owner_path(instance))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self.lies_in_users_sites(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.within_users_sites(user)

    def users_with_any_permission_for_instance(self, actions, instance):
        owner = self.owner_path(instance)
        ancestors = [owner[:length] for length in range(Page.steplen, len(owner) + 1, Page.steplen)]
        editors = GroupPagePermission.objects.filter(
            page__path__in=ancestors, permission__codename__in=EDITING_PERMISSIONS
        ).values("group")
        return (
            self.users_with_any_permission(actions)
            .filter(Q(is_superuser=True) | Q(groups__in=editors))
            .distinct()
        )


class ReceivedPermissionPolicy(SitePermissionPolicy):
    """For what readers send (comments on a draft, votes on a page): kept or removed in
    the admin by the site's people, never written there, not even by a superuser."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        kept = [action for action in actions if action != "add"]
        if not kept:
            return get_user_model().objects.none()
        return super().users_with_any_permission(kept)


SITE_SCOPED_MODELS = []


def register_site_policy(policy):
    """Registers a SitePermissionPolicy with Wagtail (before the model's viewset, which
    would otherwise make the default policy) and adds its model to those whose log
    entries stay within their site (scoped_log_models)."""
    register_permission_policy(policy.model, policy)
    SITE_SCOPED_MODELS.append(policy.model)


def site_scope(user, queryset):
    """The part of `queryset` in the user's sites, for a model that belongs to a site: a
    page, a site, or a model whose policy is a SitePermissionPolicy; else `queryset`."""
    model = queryset.model
    if issubclass(model, Page):
        return queryset.filter(under_editable_pages(user, "path"))
    if issubclass(model, Site):
        return queryset.filter(under_editable_pages(user, "root_page__path"))
    policy = policy_registry.get_by_type(model)
    if isinstance(policy, SitePermissionPolicy):
        return policy.within_users_sites(user, queryset)
    return queryset


def confine_choices(fields, user):
    """Narrows every model choice among `fields` (a form's or a filter form's) to the
    user's sites: the lists show nothing else, and a posted id of another site's thing is
    refused as an invalid choice."""
    for field in fields.values():
        if isinstance(field, ModelChoiceField):
            field.queryset = site_scope(user, field.queryset)


class SiteScopedChoicesMixin:
    """A form view whose model choices (site, department, schedule, leaders...) list only
    the user's sites' objects."""

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        confine_choices(form.fields, self.request.user)
        return form


class InUsersSitesMixin:
    """A view of one instance answers 403 for an instance outside the user's sites."""

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        actions = [self.permission_required] if self.permission_required else self.any_permission_required
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, actions, instance
        ):
            raise PermissionDenied
        return instance


class SiteScopedIndexView(snippets.IndexView):
    @cached_property
    def filters(self):
        filters = super().filters
        if filters is not None:
            confine_choices(filters.form.fields, self.request.user)
        return filters


class SiteScopedCreateView(SiteScopedChoicesMixin, snippets.CreateView):
    pass


class SiteScopedCopyView(SiteScopedChoicesMixin, snippets.CopyView):
    pass


class SiteScopedEditView(InUsersSitesMixin, SiteScopedChoicesMixin, snippets.EditView):
    pass


class SiteScopedDeleteView(InUsersSitesMixin, snippets.DeleteView):
    pass


class SiteScopedHistoryView(InUsersSitesMixin, snippets.HistoryView):
    pass


class SiteScopedUsageView(InUsersSitesMixin, snippets.UsageView):
    pass


class SiteScopedChooseView(ChooseView):
    def get_object_list(self):
        return site_scope(self.request.user, super().get_object_list())


class SiteScopedChooseResultsView(ChooseResultsView):
    def get_object_list(self):
        return site_scope(self.request.user, super().get_object_list())


class SiteScopedChosenView(SnippetChosenView):
    def get_object(self, pk):
        return site_scope(self.request.user, self.model_class.objects.all()).get(pk=pk)


class SiteScopedChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return site_scope(self.request.user, super().get_objects(pks))


class SiteScopedChooserViewSet(SnippetChooserViewSet):
    choose_view_class = SiteScopedChooseView
    choose_results_view_class = SiteScopedChooseResultsView
    chosen_view_class = SiteScopedChosenView
    chosen_multiple_view_class = SiteScopedChosenMultipleView


class SiteScopedSnippetViewSet(snippets.SnippetViewSet):
    """A snippet of one site, registered with a SitePermissionPolicy: its list, filters,
    chooser and bulk actions show only the user's sites' instances, and every view of one
    instance (edit, delete, history, usage, copy) refuses another site's."""

    index_view_class = SiteScopedIndexView
    add_view_class = SiteScopedCreateView
    copy_view_class = SiteScopedCopyView
    edit_view_class = SiteScopedEditView
    delete_view_class = SiteScopedDeleteView
    history_view_class = SiteScopedHistoryView
    usage_view_class = SiteScopedUsageView
    chooser_viewset_class = SiteScopedChooserViewSet

    def get_queryset(self, request):
        return self.permission_policy.within_users_sites(request.user)


class SiteScopedBulkActionMixin:
    """Another site's instances named in a bulk action's address are left out, as if
    they did not exist: not even listed among those the user may not touch."""

    def get_actionable_objects(self):
        objects, context = super().get_actionable_objects()
        context["items_with_no_access"] = [
            item
            for item in context["items_with_no_access"]
            if self.permission_policy.lies_in_users_sites(self.request.user, item)
        ]
        return objects, context


def site_scoped_snippet_models():
    return [model for model in get_snippet_models() if model in SITE_SCOPED_MODELS]


class SiteScopedDeleteBulkAction(SiteScopedBulkActionMixin, DeleteBulkAction):
    @classproperty
    def models(cls):
        return site_scoped_snippet_models()


def scoped_log_models():
    """The models whose log entries only those who may see the thing read: a site's
    snippets, and images and files (confined to their collections)."""
    return [*SITE_SCOPED_MODELS, get_image_model(), get_document_model()]


def visible_instances_by_model(user):
    """(content type, the instances the user may see) for each of scoped_log_models()."""
    for model in scoped_log_models():
        policy = policy_registry.get_by_type(model)
        yield (
            ContentType.objects.get_for_model(model),
            policy.instances_user_has_any_permission_for(user, SEEING_ACTIONS),
        )
