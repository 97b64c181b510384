"""Residents' comments on articles, held until an editor approves them.

The model extends django-comments-xtd's XtdComment (so the library's form, moderator and
signals apply) with what a government portal needs: a required title, a real foreign key
to the article (the library's generic relation has no integrity: a deleted article would
leave orphans, and a listing could not count comments with one indexed subquery), the
unit's official answer, and whether the commenter's e-mail address is confirmed.

State lives in the library's two flags: pending = neither public nor removed, approved =
public, rejected = removed. Replies are switched off (COMMENTS_XTD_MAX_THREAD_LEVEL = 0):
with threads, saving a public parent republishes its pending replies.
"""

from django.conf import settings
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment
from wagtail.models import Page

from core import front_cache
from core.cache import current_version, renew_chrome_version, renew_version

TITLE_MAX_LENGTH = 150
NAME_MAX_LENGTH = 50  # the library's column


class CommentState(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


STATE_FLAGS = {
    CommentState.PENDING: {"is_public": False, "is_removed": False},
    CommentState.APPROVED: {"is_public": True, "is_removed": False},
    CommentState.REJECTED: {"is_public": False, "is_removed": True},
}
STATE_FILTERS = {
    CommentState.PENDING: Q(is_public=False, is_removed=False),
    CommentState.APPROVED: Q(is_public=True, is_removed=False),
    CommentState.REJECTED: Q(is_removed=True),
}


class ArticleCommentQuerySet(models.QuerySet):
    def in_state(self, state):
        return self.filter(STATE_FILTERS[state])

    def approved(self):
        return self.in_state(CommentState.APPROVED)

    def awaiting_moderation(self):
        """Pending comments a moderator can act on (their sender has confirmed, if asked to)."""
        return self.in_state(CommentState.PENDING).filter(email_confirmed=True)

    def set_state(self, state):
        # update() on a child model updates the parent table through a pk subquery, and
        # fires no pre_save: no thread republishing can happen here. Nor any post_save:
        # the cached comment lists of the articles concerned are renewed here.
        articles = set(self.values_list("article_id", flat=True))
        count = self.update(**STATE_FLAGS[state])
        for article_id in articles:
            renew_comment_list(article_id)
        return count


class ArticleComment(XtdComment):
    article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="reader_comments",
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    email_confirmed = models.BooleanField(
        _("e-mail address confirmed"),
        default=True,
        help_text=_("Only asked for when e-mail confirmation is switched on."),
    )
    answer = models.TextField(
        _("official answer"),
        blank=True,
        help_text=_("Published under the comment, in the name of the unit, once the comment is approved."),
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    objects = ArticleCommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["submit_date", "pk"]
        default_manager_name = "objects"
        permissions = [("moderate_comments", "Can moderate comments")]

    def __str__(self):
        return self.title

    @property
    def state(self):
        if self.is_removed:
            return CommentState.REJECTED
        return CommentState.APPROVED if self.is_public else CommentState.PENDING

    def set_state(self, state):
        for field, value in STATE_FLAGS[state].items():
            setattr(self, field, value)

    def get_absolute_url(self):
        # The library's default goes through its own redirect view, which is not routed here.
        return f"{self.article.url}#binh-luan-{self.pk}"


def comment_list_version(article_id):
    return current_version(f"comments-{article_id}")


def renew_comment_list(article_id):
    """What a moderation changes: the article's comment list, and its comment count on the
    cards of the listings that show it."""
    renew_version(f"comments-{article_id}")
    # Listings show each article's comment count.
    renew_chrome_version()
    if front_cache.front_cache_configured():
        article = Page.objects.filter(pk=article_id).first()
        if article is not None:
            front_cache.purge_page(article)


@receiver(post_save, sender=ArticleComment)
@receiver(post_delete, sender=ArticleComment)
def renew_comment_list_on_change(instance, raw=False, **kwargs):
    if not raw:
        renew_comment_list(instance.article_id)


def approved_comment_count():
    """An annotation for article querysets: approved comments, in one indexed subquery."""
    approved = (
        ArticleComment.objects.approved()
        .filter(article=OuterRef("pk"))
        .order_by()
        .values("article")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(approved, output_field=models.IntegerField()), 0)
