from django.urls import path

from . import views

app_name = "comments"

urlpatterns = [
    path("<int:article_id>/gui/", views.post_comment, name="post"),
    path("xac-nhan/<str:token>/", views.confirm_email, name="confirm"),
]
