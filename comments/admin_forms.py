"""What the Wagtail admin needs beyond the viewset: the moderation form, the list filters
and the permission policy."""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permission_policies import ModelPermissionPolicy

from core.scope import under_editable_pages
from news.models import ArticlePage

from .models import ArticleComment, CommentState


class ModerationPermissionPolicy(ModelPermissionPolicy):
    """One permission, comments.moderate_comments, for everything a moderator does; nobody
    writes a comment in the admin (not even a superuser): comments come from residents."""

    def _get_permission_codename(self, action):
        return "moderate_comments"

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def instances_user_has_any_permission_for(self, user, actions):
        """A unit's moderators see the comments under their own site's articles only."""
        if not self.user_has_any_permission(user, actions):
            return ArticleComment.objects.none()
        return ArticleComment.objects.filter(under_editable_pages(user, "article__path"))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.instances_user_has_any_permission_for(user, [action]).filter(pk=instance.pk).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.instances_user_has_any_permission_for(user, actions).filter(pk=instance.pk).exists()

    def users_with_any_permission(self, actions):
        if set(actions) <= {"add"}:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


class ArticleCommentAdminForm(WagtailAdminModelForm):
    state = forms.ChoiceField(label=_("State"), choices=CommentState.choices, widget=forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["state"].initial = self.instance.state

    def save(self, commit=True):
        comment = super().save(commit=False)
        comment.set_state(self.cleaned_data["state"])
        if "answer" in self.changed_data:
            comment.answered_by = self.for_user if comment.answer else None
            comment.answered_at = timezone.now() if comment.answer else None
        if commit:
            comment.save()
        return comment


def commented_articles(request):
    articles = ArticlePage.objects.filter(reader_comments__isnull=False).filter(
        under_editable_pages(request.user)
    )
    return articles.distinct().order_by("-date", "title")


class ArticleCommentFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=CommentState.choices,
        method="filter_state",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    article = django_filters.ModelChoiceFilter(label=_("Article"), queryset=commented_articles)
    submit_date = django_filters.DateFromToRangeFilter(label=_("Date sent"), widget=DateRangePickerWidget)

    class Meta:
        model = ArticleComment
        fields = []

    def filter_state(self, queryset, name, value):
        return queryset.in_state(value)
