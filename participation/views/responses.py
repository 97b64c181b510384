"""What every view of the participation page shares."""

import functools

from django.apps import apps
from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from comments.origin import from_this_site
from core.client import client_ip
from core.http_cache import keep_private
from core.ratelimit import RateLimit

HOUR = 3600


def live_page(page_id):
    # Looked up by name: the page model routes to these views (participation.models.pages).
    page_model = apps.get_model("participation", "ParticipationPage")
    return get_object_or_404(page_model.objects.live().public(), pk=page_id)


def posted_form(subpage):
    """A view receiving the form of the page's `subpage` as `view(request, page)`. No CSRF
    token, as the form's page is cached for everyone (submitting explains why that is
    safe); someone reopening the address of a refusal is sent back to the form."""

    def decorate(view):
        @csrf_exempt
        @require_http_methods(["GET", "HEAD", "POST"])
        @functools.wraps(view)
        def receive(request, page_id):
            page = live_page(page_id)
            if request.method != "POST":
                return HttpResponseRedirect(page.url + page.reverse_subpage(subpage))
            return view(request, page)

        return receive

    return decorate


def render_page(request, page, template, status=200, private=False, **context):
    if private:
        keep_private(request)
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    return response


def setting(name, default):
    return getattr(settings, name, default)


def posts_limit():
    """How many messages, and how many comments on drafts, one address may send in an hour."""
    return RateLimit(setting("PARTICIPATION_RATE_LIMIT", 5), HOUR)


def refused_post(request, form, sent, date_field, refuse, *, other_site, too_many):
    """The defences a resident's post meets before its fields are read, in order: where it
    comes from, how many rows of `sent` (dated by `date_field`) its address made in the
    last hour, and the honeypot. The answer `refuse(form, status, message)` gives for the
    first one failed, with what was typed kept; None when the post passes them all."""
    if not from_this_site(request):
        return refuse(form.typed_copy(), 403, other_site)
    address = client_ip(request)
    wait = posts_limit().wait(sent.filter(ip_address=address), date_field) if address else None
    if wait:
        message = too_many % {"minutes": wait.minutes}
        return wait.ask_to_retry_later(refuse(form.typed_copy(), 429, message))
    if form.is_spam_bait_filled():
        return refuse(form.typed_copy(), 400, form.spam_message)
    return None
