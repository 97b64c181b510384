from django.urls import path, register_converter
from django.urls.converters import StringConverter

from comments.urls import PageIdConverter  # noqa: F401  (registers the page_id converter)

from .views import consultation, public, site_feedback, submitting, tracking


class TrackingTokenConverter(StringConverter):
    """What secrets.token_urlsafe makes: anything else (a NUL, which PostgreSQL refuses in
    a query) is no private link, a 404."""

    regex = "[A-Za-z0-9_-]{1,64}"


register_converter(TrackingTokenConverter, "tracking_token")

app_name = "participation"

urlpatterns = [
    path("<page_id:page_id>/gui/", submitting.post_submission, name="submit"),
    path("<page_id:page_id>/tra-cuu/", tracking.post_lookup, name="lookup"),
    path("theo-doi/<tracking_token:token>/", tracking.track, name="track"),
    path("danh-gia/<page_id:submission_id>/", public.rate_answer, name="rate"),
    path("trang/<page_id:page_id>/huu-ich/", site_feedback.rate_page, name="rate_page"),
    path("du-thao/<page_id:page_id>/gop-y/", consultation.post_draft_comment, name="comment_draft"),
]
