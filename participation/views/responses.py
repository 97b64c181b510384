"""What every view of the participation page shares."""

from django.apps import apps
from django.conf import settings
from django.shortcuts import get_object_or_404

from core.http_cache import keep_private
from core.ratelimit import RateLimit

HOUR = 3600


def live_page(page_id):
    # Looked up by name: the page model routes to these views (participation.models.pages).
    page_model = apps.get_model("participation", "ParticipationPage")
    return get_object_or_404(page_model.objects.live().public(), pk=page_id)


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
