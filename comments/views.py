from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods
from django_comments.signals import comment_will_be_posted
from django_comments_xtd.models import TmpXtdComment
from django_comments_xtd.signals import confirmation_received

from core.client import client_ip
from core.ratelimit import RateLimit
from core.tasks import enqueue_on_commit
from news.models import ArticlePage

from .forms import ArticleCommentForm
from .models import ArticleComment
from .notifications import comment_for_token, confirmation_token, send_confirmation_request
from .origin import from_this_site
from .section import NOTICE_PARAMETER, Notice


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def post_comment(request, article_id):
    """A resident's comment on an article: stored, held for moderation, never an error
    because the page it came from was cached.

    The caching contract: the article page carries no per-visitor state, so a cache may
    keep it for everyone for as long as it likes.
    - No CSRF token: this view is exempt. A forged cross-site post could only do what
      anyone can do directly (leave a pending comment; it is never bound to a logged-in
      user), and it is refused anyway when the browser says it comes from another site
      (Origin, Sec-Fetch-Site). The page therefore sets no CSRF cookie and does not vary
      on cookies.
    - The library's form timestamp is accepted at any age: its security hash still stops
      a form made for one article from posting to another; replays meet the duplicate
      check, the per-address rate limit and moderation.
    - The outcome is a redirect to the article with a `?binh-luan=...` parameter that
      selects a notice: a page that a cache may also keep, since it is the same for
      everyone (no message cookie, no session).
    - Errors are answered by this view itself (a POST is never cached): the article
      page with the form, the resident's text in it and the messages, with a 4xx code.
    """
    article = get_object_or_404(ArticlePage.objects.live().public(), pk=article_id).specific
    if request.method != "POST":
        # Someone reopening the address of an error page: the form is on the article.
        return HttpResponseRedirect(f"{article.get_url(request)}#binh-luan-form")
    form = ArticleCommentForm(article, data=request.POST)
    if not article.allow_comments:
        return refusal(request, article, None, 403, _("Comments are closed for this article."))
    if not from_this_site(request):
        message = _("Your comment could not be sent from another website. Please send it from this page.")
        return refusal(request, article, form.fresh_copy(), 403, message)
    address = client_ip(request)
    wait = rate_limit_wait(address)
    if wait:
        return rate_limited_response(request, article, form, wait)
    if "honeypot" in form.security_errors():
        message = _(
            "Your comment was taken for automated spam and was not sent. If you are a person, please send it again."
        )
        return refusal(request, article, form.fresh_copy(), 400, message)
    if form.security_errors():
        message = _("The form was out of date. Your text is kept below: please check it and send it again.")
        return refusal(request, article, form.fresh_copy(), 400, message)
    if not form.is_valid():
        return refusal(
            request,
            article,
            form,
            400,
            _("Your comment was not sent: please correct the fields marked below."),
        )

    comment = form.get_comment_object(site_id=get_current_site(request).id)
    if comment.pk:
        return back_to_article(request, article, Notice.ALREADY_SENT)
    comment.ip_address = address
    # The signals django-comments-xtd's own flow sends, so that the moderator registered
    # for the page class decides (it holds every comment and refuses closed articles).
    verdicts = comment_will_be_posted.send(sender=TmpXtdComment, comment=comment, request=request)
    if any(verdict is False for _receiver, verdict in verdicts):
        return refusal(request, article, None, 403, _("Comments are closed for this article."))
    with transaction.atomic():
        comment.save()
        if comment.email_confirmed:
            confirmation_received.send(sender=TmpXtdComment, comment=comment, request=request)
        else:
            ask_for_confirmation(request, comment)
    return back_to_article(request, article, Notice.PENDING if comment.email_confirmed else Notice.CONFIRM)


def refusal(request, article, form, status, message):
    """The article page again, with the form (and what the resident typed) and a message."""
    response = article.render(request, context_overrides={"comment_form": form, "comment_error": message})
    response.status_code = status
    return response


def rate_limit():
    return RateLimit(settings.COMMENTS_RATE_LIMIT, settings.COMMENTS_RATE_PERIOD)


def rate_limit_wait(address):
    """The Wait of an address that has sent too many comments lately, else None."""
    if not address:
        return None
    return rate_limit().wait(ArticleComment.objects.filter(ip_address=address), "submit_date")


def rate_limited_response(request, article, form, wait):
    message = _(
        "You have sent many comments in a short time. Your text is kept below: please send it "
        "again in %(minutes)d minutes."
    ) % {"minutes": wait.minutes}
    return wait.ask_to_retry_later(refusal(request, article, form.fresh_copy(), 429, message))


def back_to_article(request, article, notice):
    url = f"{article.get_url(request)}?{NOTICE_PARAMETER}={notice.value}#binh-luan-thong-bao"
    return HttpResponseRedirect(url, status=303)


def ask_for_confirmation(request, comment):
    confirm_url = request.build_absolute_uri(reverse("comments:confirm", args=[confirmation_token(comment)]))
    language = translation.get_language()
    enqueue_on_commit(send_confirmation_request, comment.pk, confirm_url, language)


@require_GET
def confirm_email(request, token):
    comment = comment_for_token(token)
    if comment is None:
        return render(request, "comments/confirmation_invalid.html", status=400)
    if not comment.email_confirmed:
        with transaction.atomic():
            ArticleComment.objects.filter(pk=comment.pk).update(email_confirmed=True)
            confirmation_received.send(sender=TmpXtdComment, comment=comment, request=request)
    return back_to_article(request, comment.article.specific, Notice.CONFIRMED)
