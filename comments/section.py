"""What the comment section under an article shows: approved comments, the form, a notice."""

from functools import partial

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .forms import ArticleCommentForm
from .models import comment_list_version

NOTICE_PARAMETER = "binh-luan"


class Notice(models.TextChoices):
    """Outcomes told after a redirect, by a query parameter rather than a message cookie, so
    that a cached article page can tell them too (see views.post_comment)."""

    PENDING = (
        "cho-duyet",
        _(
            "Thank you: your comment has been received. It will be published under the article "
            "once an editor has approved it."
        ),
    )
    ALREADY_SENT = (
        "da-gui",
        _(
            "We had already received this comment: it is not sent twice. It will be published once an editor has approved it."
        ),
    )
    CONFIRM = (
        "xac-nhan-email",
        _(
            "Thank you. We have sent you an e-mail: open the link in it to confirm your comment, "
            "which an editor will then read before it is published."
        ),
    )
    CONFIRMED = (
        "da-xac-nhan",
        _("Your e-mail address is confirmed. Your comment will be published once an editor has approved it."),
    )


# What comment_section.html shows (and the article, which the related manager checks): the
# library's other columns need not be read or compiled.
SHOWN_FIELDS = ("article", "title", "user_name", "submit_date", "comment", "answer", "answered_at")


def approved_comments(article):
    return list(article.reader_comments.approved().only(*SHOWN_FIELDS))


def notice_for(request):
    code = request.GET.get(NOTICE_PARAMETER) if request else None
    return Notice(code).label if code in Notice.values else None


def comment_section(article, request, form=None, error=None):
    """`form` is one sent back with its errors; a blank form is rendered once and cached
    (its security data may be any age, see ArticleCommentForm.clean_timestamp)."""
    return {
        "article": article,
        # Read only when the cached list is stale.
        "approved_comments": partial(approved_comments, article),
        "comment_list_version": comment_list_version(article.pk),
        "form": form if article.allow_comments else None,
        "blank_form": partial(ArticleCommentForm, article),
        "error": error,
        "notice": notice_for(request),
        "request": request,
        "ip_retention_days": settings.COMMENTS_IP_RETENTION_DAYS,
    }
