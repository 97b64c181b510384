"""Sending a question or feedback. Like the comments (comments.views.post_comment), the
form's page carries no per-visitor state and can be cached for everyone: the POST needs
no CSRF token and is refused when the browser says it comes from another site. Every
refusal is answered here, with a 4xx, the message and what the resident typed."""

import datetime
import functools

from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.client import client_ip

from ..forms import SubmissionForm
from ..models.submissions import Submission
from ..searching import folded_text
from ..workflow import receive
from .responses import posted_form, refused_post, render_page

TEMPLATE = "participation/submission_form.html"


def blank_form(request, page):
    return render_page(request, page, TEMPLATE, form=SubmissionForm())


@posted_form("form")
def post_submission(request, page):
    form = SubmissionForm(request.POST, request.FILES)
    refused = refused_post(
        request,
        form,
        Submission.objects.all(),
        "received_at",
        functools.partial(refusal, request, page),
        other_site=_("Your message could not be sent from another website. Please send it from this page."),
        too_many=_(
            "You have sent many messages in a short time. What you typed is kept below: please send it "
            "again in %(minutes)d minutes."
        ),
    )
    if refused:
        return refused
    if not form.is_valid():
        message = _("Your message was not sent: please correct the fields marked below.")
        if request.FILES:
            message += " " + _("Please choose your photos again.")
        return refusal(request, page, form, 400, message)
    data = form.submission_data()
    address = client_ip(request)
    submission = earlier_copy(page, data, address) or receive(
        page, data, form.cleaned_data["photos"], address
    )
    return HttpResponseRedirect(reverse("participation:track", args=[submission.tracking_token]), status=303)


def refusal(request, page, form, status, message):
    return render_page(request, page, TEMPLATE, status=status, private=True, form=form, error=message)


def earlier_copy(page, data, address):
    """The same text sent again from the same address with the same contact (a double
    click, a reload): the earlier submission, not a new one."""
    since = timezone.now() - datetime.timedelta(days=1)
    candidates = Submission.objects.filter(
        page=page, ip_address=address, received_at__gte=since, email=data["email"], phone=data["phone"]
    ).only("content", "tracking_token")
    text = folded_text(data["content"])
    return next((old for old in candidates if folded_text(old.content) == text), None)
