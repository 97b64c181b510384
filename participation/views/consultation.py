"""A comment on a draft: refused once the consultation has closed (worked out from today's
date), held for moderation otherwise, with the comments' defences (origin, honeypot, rate
limit per address, link limit). Refusals come back with the page, a 4xx and the text kept."""

import functools

from django.apps import apps
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core.client import client_ip
from core.http_cache import keep_private
from core.text import nfc

from ..forms import DraftCommentForm
from .responses import refused_post

NOTICE = "y-kien=cho-duyet#gop-y"


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def post_draft_comment(request, page_id):
    page_model = apps.get_model("participation", "DraftConsultationPage")
    page = get_object_or_404(page_model.objects.live().public(), pk=page_id)
    if request.method != "POST":
        return HttpResponseRedirect(page.url)
    form = DraftCommentForm(request.POST)
    if not page.is_open():
        return refusal(request, page, None, 403, _("The consultation on this draft has closed."))
    refused = refused_post(
        request,
        form,
        page.draft_comments.model.objects.all(),
        "submitted_at",
        functools.partial(refusal, request, page),
        other_site=_("Your comment could not be sent from another website. Please send it from this page."),
        too_many=_(
            "You have sent many comments in a short time. Your text is kept below: please send it "
            "again in %(minutes)d minutes."
        ),
    )
    if refused:
        return refused
    if not form.is_valid():
        return refusal(
            request, page, form, 400, _("Your comment was not sent: please correct the fields marked below.")
        )
    data = form.cleaned_data
    duplicate = page.draft_comments.filter(email__iexact=data["email"], comment=nfc(data["comment"])).exists()
    if not duplicate:
        page.draft_comments.create(
            name=data["name"], email=data["email"], comment=data["comment"], ip_address=client_ip(request)
        )
    return HttpResponseRedirect(f"{page.url}?{NOTICE}", status=303)


def refusal(request, page, form, status, message):
    keep_private(request)
    response = page.serve(request)
    response.context_data.update(comment_form=form, comment_error=message)
    response = response.render()
    response.status_code = status
    return response
