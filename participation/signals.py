"""A comment on a draft shows on the draft's page once published: the page is dropped from
the front cache when a comment is moderated or removed."""

from django.db.models.signals import post_delete, post_save

from core.front_cache import purge_page

from .models import DraftComment


def draft_comment_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        purge_page(instance.page)


def connect():
    post_save.connect(
        draft_comment_changed, sender=DraftComment, dispatch_uid="participation-draft-comment-saved"
    )
    post_delete.connect(
        draft_comment_changed, sender=DraftComment, dispatch_uid="participation-draft-comment-deleted"
    )
