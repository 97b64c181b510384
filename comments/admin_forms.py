"""What the Wagtail admin needs beyond the viewset: the moderation form, the list filters
and the permission policy."""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm

from core.scope import SitePermissionPolicy, under_editable_pages
from news.models import ArticlePage

from .models import ArticleComment, CommentState

MODERATE = "comments.moderate_comments"


class ModerationPermissionPolicy(SitePermissionPolicy):
    """One permission, comments.moderate_comments, for everything a moderator does, on the
    comments under the articles of the sites they edit; nobody writes a comment in the
    admin (not even a superuser): comments come from residents."""

    def __init__(self):
        super().__init__(ArticleComment, page_path="article__path")

    def user_has_permission(self, user, action):
        return action != "add" and user.has_perm(MODERATE)

    def users_with_any_permission(self, actions):
        if set(actions) <= {"add"}:
            return get_user_model().objects.none()
        return get_user_model().objects.with_perm(MODERATE)


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
