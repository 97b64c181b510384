from django.urls import path

from comments.urls import PageIdConverter  # noqa: F401  (registers the page_id converter)

from .views import consultation, public, site_feedback, submitting, tracking

app_name = "participation"

urlpatterns = [
    path("<page_id:page_id>/gui/", submitting.post_submission, name="submit"),
    path("<page_id:page_id>/tra-cuu/", tracking.post_lookup, name="lookup"),
    path("theo-doi/<str:token>/", tracking.track, name="track"),
    path("danh-gia/<page_id:submission_id>/", public.rate_answer, name="rate"),
    path("trang/<page_id:page_id>/huu-ich/", site_feedback.rate_page, name="rate_page"),
    path("du-thao/<page_id:page_id>/gop-y/", consultation.post_draft_comment, name="comment_draft"),
]
