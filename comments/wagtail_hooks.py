"""'Bình luận' in the Wagtail admin: the pending count in the menu, the moderation list
with filters, search and bulk actions, and the form for an official answer.

Comments are a snippet, not a plain ModelViewSet: bulk actions exist only for snippets."""

from django.contrib.auth.models import Permission
from django.template.defaultfilters import yesno
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, StatusTagColumn
from wagtail.log_actions import log
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet

from core.scope import SiteScopedBulkActionMixin, SiteScopedSnippetViewSet, register_site_policy

from .admin_forms import ArticleCommentAdminForm, ArticleCommentFilterSet, ModerationPermissionPolicy
from .models import ArticleComment, CommentState


class YesNoPanel(FieldPanel):
    """A read-only boolean shown as a word ("Có", "Không"), not as True or False."""

    def format_value_for_display(self, value):
        return capfirst(yesno(value))


# Registered before the viewset, which would otherwise create the default policy.
register_site_policy(ModerationPermissionPolicy())


class PendingCommentsMenuItem(MenuItem):
    """'Bình luận', with the number of comments waiting, linked to those comments."""

    def is_shown(self, request):
        return policy_registry.get_by_type(ArticleComment).user_has_permission(request.user, "change")

    def render_component(self, request):
        policy = policy_registry.get_by_type(ArticleComment)
        pending = policy.within_users_sites(
            request.user, ArticleComment.objects.awaiting_moderation()
        ).count()
        label, url = self.label, self.url
        if pending:
            label = ngettext("Comments (%(count)s pending)", "Comments (%(count)s pending)", pending) % {
                "count": pending
            }
            url = f"{self.url}?state={CommentState.PENDING}"
        return LinkMenuItem(
            self.name, label, url, icon_name=self.icon_name, classname=self.classname, attrs=self.attrs
        )


class ArticleCommentViewSet(SiteScopedSnippetViewSet):
    model = ArticleComment
    icon = "comment"
    menu_label = _("Comments")
    menu_name = "comments"
    menu_item_class = PendingCommentsMenuItem
    add_to_admin_menu = True
    menu_order = 310
    copy_view_enabled = False
    add_to_reference_index = False
    list_per_page = 50
    ordering = "-submit_date"
    list_display = [
        "title",
        Column("user_name", label=_("Sender")),
        Column("article", label=_("Article")),
        StatusTagColumn(
            "state",
            label=_("State"),
            accessor=lambda comment: comment.state.label,
            primary=lambda comment: comment.state == CommentState.PENDING,
        ),
        DateColumn("submit_date", label=_("Sent"), sort_key="submit_date"),
        BooleanColumn("answer", label=_("Answered"), accessor=lambda comment: bool(comment.answer)),
    ]
    filterset_class = ArticleCommentFilterSet
    search_fields = ["title", "comment", "user_name", "user_email"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("article", read_only=True),
                    FieldPanel("title", read_only=True),
                    FieldPanel("comment", read_only=True),
                    FieldPanel("user_name", read_only=True),
                    FieldPanel("user_email", read_only=True),
                    FieldPanel("submit_date", read_only=True),
                    YesNoPanel("email_confirmed", read_only=True),
                ],
                heading=_("The comment"),
            ),
            FieldPanel("state"),
            FieldPanel("answer"),
        ],
        base_form_class=ArticleCommentAdminForm,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")

    def get_permissions_to_register(self):
        return Permission.objects.filter(content_type__app_label="comments", codename="moderate_comments")


register_snippet(ArticleCommentViewSet)


class StateBulkAction(SiteScopedBulkActionMixin, SnippetBulkAction):
    """Approve or reject the selected comments in one go."""

    models = [ArticleComment]
    target_state = None
    template_name = "comments/admin/confirm_bulk_state.html"

    def check_perm(self, comment):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", comment)

    @classmethod
    def execute_action(cls, objects, **kwargs):
        action = kwargs["self"]
        count = ArticleComment.objects.filter(pk__in=[comment.pk for comment in objects]).set_state(
            cls.target_state
        )
        for comment in objects:
            log(comment, f"comments.{cls.action_type}", user=action.request.user)
        return count, 0

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action": self}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return self.success_message % {"count": num_parent_objects}


class ApproveBulkAction(StateBulkAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected comments")
    action_priority = 10
    target_state = CommentState.APPROVED
    question = _("Publish these comments under their articles?")
    confirm_label = _("Yes, approve")
    success_message = ngettext_lazy("%(count)d comment approved.", "%(count)d comments approved.", "count")


class RejectBulkAction(StateBulkAction):
    display_name = _("Reject")
    action_type = "reject"
    aria_label = _("Reject the selected comments")
    action_priority = 20
    target_state = CommentState.REJECTED
    question = _("Reject these comments? They will not be published (and are taken down if they were).")
    confirm_label = _("Yes, reject")
    success_message = ngettext_lazy("%(count)d comment rejected.", "%(count)d comments rejected.", "count")


hooks.register("register_bulk_action", ApproveBulkAction)
hooks.register("register_bulk_action", RejectBulkAction)


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    actions.register_action("comments.approve", _("Approve comment"), _("Comment approved"))
    actions.register_action("comments.reject", _("Reject comment"), _("Comment rejected"))
