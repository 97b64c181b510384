"""The admin: the messages (list with filters, overdue ones marked, and the handling
screen in place of an edit form), the fields and the public holidays."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import HistoryView, IndexView, UsageView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.lists import NamedListViewSet
from core.scope import ReceivedPermissionPolicy, SiteScopedSnippetViewSet, register_site_policy, site_scope

from .admin_views import HandleView, photo
from .confinement import visible_submissions
from .models import DraftComment, PageUsefulness, PublicHoliday, Submission, SubmissionField


class SubmissionIndexView(IndexView):
    def get_base_queryset(self):
        return visible_submissions(self.request.user, super().get_base_queryset())


class ConfinedObjectMixin:
    """Another section's message, by its address, is not found."""

    def get_base_object_queryset(self):
        return visible_submissions(self.request.user, super().get_base_object_queryset())


class SubmissionHistoryView(ConfinedObjectMixin, HistoryView):
    pass


class SubmissionUsageView(ConfinedObjectMixin, UsageView):
    pass


class DeadlineColumn(Column):
    cell_template_name = "participation/admin/deadline_cell.html"


class SubmissionViewSet(ModelViewSet):
    model = Submission
    name = "participation_submissions"
    index_view_class = SubmissionIndexView
    history_view_class = SubmissionHistoryView
    usage_view_class = SubmissionUsageView
    icon = "help"
    menu_label = _("Questions and feedback")
    copy_view_enabled = False
    list_filter = ["state", "kind", "field", "page"]
    search_fields = ["code", "subject", "name"]
    search_backend_name = None
    form_fields = ["state"]

    @property
    def columns(self):
        return [
            TitleColumn("code", label=_("Receipt code"), url_name=self.get_url_name("edit")),
            Column("subject", label=pgettext_lazy("participation", "Subject")),
            Column("field", label=pgettext_lazy("participation", "Field")),
            Column("state", label=pgettext_lazy("participation", "Status"), accessor="get_state_display"),
            DeadlineColumn("deadline", label=_("Answer due by")),
            DateColumn("received_at", label=_("Received at")),
        ]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(columns=self.columns, **kwargs)

    def get_common_view_kwargs(self, **kwargs):
        # Messages come from residents, and stay: no adding or deleting in the admin.
        return super().get_common_view_kwargs(add_url_name=None, delete_url_name=None, **kwargs)

    def get_urlpatterns(self):
        handle = HandleView.as_view(index_url_name=self.get_url_name("index"))
        kept = [
            pattern for pattern in super().get_urlpatterns() if pattern.name not in {"add", "edit", "delete"}
        ]
        return [*kept, path("edit/<int:pk>/", handle, name="edit")]


class SubmissionFieldViewSet(NamedListViewSet):
    model = SubmissionField
    icon = "folder-open-inverse"


class PublicHolidayViewSet(SnippetViewSet):
    model = PublicHoliday
    # Listed in this app's menu group: not again, with an installation-wide count, under Snippets.
    menu_item_is_registered = True
    icon = "date"
    list_display = ["date", "name"]
    search_fields = ["name"]
    search_backend_name = None


# Registered before the viewsets, which would otherwise create the default policies: a
# unit's people see the comments and votes of their own site's pages only.
register_site_policy(ReceivedPermissionPolicy(DraftComment, page_path="page__path"))
register_site_policy(ReceivedPermissionPolicy(PageUsefulness, page_path="page__path"))


class DraftCommentViewSet(SiteScopedSnippetViewSet):
    """Comments on drafts, moderated as article comments are: published once an editor ticks “published”."""

    model = DraftComment
    copy_view_enabled = False
    menu_item_is_registered = True
    icon = "comment"
    list_display = ["name", "page", "submitted_at", "is_public"]
    list_filter = ["is_public", "page"]
    search_fields = ["name", "comment"]
    search_backend_name = None


class PageUsefulnessIndexView(IndexView):
    def get_base_queryset(self):
        return site_scope(self.request.user, super().get_base_queryset())


class PageUsefulnessViewSet(ModelViewSet):
    """The report of “Was this page useful?”: the pages readers found least useful first,
    of the user's own sites."""

    model = PageUsefulness
    index_view_class = PageUsefulnessIndexView
    name = "participation_page_usefulness"
    icon = "pick"
    menu_label = _("Page usefulness")
    copy_view_enabled = False
    form_fields = ["useful", "not_useful"]
    list_display = [
        Column("page", label=pgettext_lazy("participation", "Page")),
        Column("useful", label=_("Useful")),
        Column("not_useful", label=_("Not useful")),
        Column("share_useful", label=_("Share useful")),
        DateColumn("last_rated_at", label=_("Last rated")),
    ]

    def get_common_view_kwargs(self, **kwargs):
        # Counted from readers' votes: nothing to add, edit or delete by hand, and no history.
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            pattern for pattern in super().get_urlpatterns() if pattern.name in {"index", "index_results"}
        ]


class ParticipationGroup(ViewSetGroup):
    menu_label = _("Questions and feedback")
    menu_icon = "help"
    menu_order = 270
    items = (
        SubmissionViewSet,
        DraftCommentViewSet,
        PageUsefulnessViewSet,
        SubmissionFieldViewSet,
        PublicHolidayViewSet,
    )


@hooks.register("register_admin_viewset")
def register_viewsets():
    return ParticipationGroup()


@hooks.register("register_admin_urls")
def register_photo_url():
    return [path("tham-gia/anh/<int:pk>/", photo, name="participation_photo")]
