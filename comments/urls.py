from django.urls import path, register_converter
from django.urls.converters import IntConverter

from . import views


class PageIdConverter(IntConverter):
    """A page id of at most 18 digits: a longer number is no page (a 404), where the
    database would overflow its 64-bit integers (OverflowError on SQLite)."""

    regex = "[0-9]{1,18}"


register_converter(PageIdConverter, "page_id")

app_name = "comments"

urlpatterns = [
    path("<page_id:article_id>/gui/", views.post_comment, name="post"),
    path("xac-nhan/<str:token>/", views.confirm_email, name="confirm"),
]
