"""Pre-moderation through django-comments-xtd's moderator.

The library publishes every comment unless a moderator registered for the commented
model says otherwise, and its registry matches the exact model class: each commentable
page class (ArticlePage and every subclass, such as SupervisionReportPage) is registered.
"""

from django_comments.moderation import AlreadyModerated
from django_comments_xtd.moderation import XtdCommentModerator, moderator

from core.tasks import enqueue_on_commit
from news.models import ArticlePage

from .notifications import notify_moderators


class ArticleCommentModerator(XtdCommentModerator):
    enable_field = "allow_comments"

    def allow(self, comment, content_object, request):
        return content_object.live and super().allow(comment, content_object, request)

    def moderate(self, comment, content_object, request):
        return True

    def email(self, comment, content_object, request):
        # After commit, by the worker: a mail server that fails or hangs cannot undo or hold the comment.
        enqueue_on_commit(notify_moderators, comment.pk)


def commentable_page_classes():
    classes, pending = [], [ArticlePage]
    while pending:
        page_class = pending.pop()
        classes.append(page_class)
        pending.extend(page_class.__subclasses__())
    return [page_class for page_class in classes if not page_class._meta.abstract]


def register_moderator():
    for page_class in commentable_page_classes():
        try:
            moderator.register(page_class, ArticleCommentModerator)
        except AlreadyModerated:
            continue
