"""Following a submission: by its private link, or by its code with the e-mail address or
phone number given when sending. Without both keys nothing is revealed: a wrong code and a
wrong contact get the same answer, and an address that fails often is slowed down."""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from comments.origin import from_this_site
from core.client import client_ip
from core.http_cache import keep_private
from core.ratelimit import RateLimit

from ..contacts import same_contact
from ..forms import LookupForm
from ..models.submissions import LookupFailure, Submission
from .responses import posted_form, render_page, setting

TEMPLATE = "participation/lookup.html"
FAILURE_PERIOD = 900


def blank_lookup(request, page):
    return render_page(request, page, TEMPLATE, form=LookupForm())


@posted_form("lookup")
def post_lookup(request, page):
    form = LookupForm(request.POST)
    if not from_this_site(request):
        return refusal(request, page, form, 403, _("Please look up your message from this website's page."))
    address = client_ip(request)
    wait = failures_limit().wait(LookupFailure.objects.filter(address=address), "at")
    if wait:
        message = _(
            "Too many look-ups failed from your connection. Please try again in %(minutes)d minutes."
        ) % {"minutes": wait.minutes}
        return wait.ask_to_retry_later(refusal(request, page, form, 429, message))
    if not form.is_valid():
        return refusal(
            request, page, form, 400, _("Please enter both the receipt code and the e-mail or phone.")
        )
    submission = Submission.objects.filter(page=page, code=form.cleaned_data["code"]).first()
    if submission is None or not same_contact(submission, form.cleaned_data["contact"]):
        LookupFailure.objects.create(address=address)
        message = _("No message matches this receipt code and this e-mail or phone. Please check both.")
        return refusal(request, page, form, 404, message)
    return HttpResponseRedirect(reverse("participation:track", args=[submission.tracking_token]), status=303)


def refusal(request, page, form, status, message):
    return render_page(request, page, TEMPLATE, status=status, private=True, form=form, error=message)


def failures_limit():
    """Failed look-ups one address may make in a quarter of an hour: enough for typing
    errors, too few for guessing codes."""
    return RateLimit(setting("PARTICIPATION_LOOKUP_FAILURES", 10), FAILURE_PERIOD)


@require_GET
def track(request, token):
    """The private page of one submission: its status and history, for its sender."""
    keep_private(request)
    submission = get_object_or_404(
        Submission.objects.select_related("page", "field").prefetch_related("events"), tracking_token=token
    )
    page = submission.page.specific
    if not page.live:
        raise Http404
    response = render_page(
        request,
        page,
        "participation/track.html",
        private=True,
        submission=submission,
        events=[event for event in submission.events.all() if event.action != "note"],
    )
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response
