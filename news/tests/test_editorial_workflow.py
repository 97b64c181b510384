"""A writer submits, an approver publishes: the story of an article through the admin."""

import datetime
from unittest import mock

import feedparser
import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow

from core.tests.admin_form import admin_form
from news.models import ArticlePage

pytestmark = pytest.mark.django_db

TITLE = "Đoàn giám sát HĐND làm việc tại xã Tam Hồng"


def member_of(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username=username, password="mat-khau-thu-nghiem")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def writer(django_user_model):
    return member_of(django_user_model, "Biên tập viên", "bien-tap-vien")


@pytest.fixture
def approver(django_user_model):
    return member_of(django_user_model, "Duyệt tin", "duyet-tin")


def test_the_groups_and_the_workflow_exist_after_migrating(db):
    workflow = Workflow.objects.get(name="Quy trình duyệt tin")
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Duyệt tin"]
    assert Group.objects.filter(name="Biên tập viên").exists()


def test_a_writer_submits_and_an_approver_publishes(client, portal, writer, approver, sitemap_locations):
    client.force_login(writer)
    add_url = f"/admin/pages/add/news/articlepage/{portal.category.pk}/"
    data = admin_form(
        client, add_url, title=TITLE, slug="", summary="Tóm tắt.", byline="Anh Đào", date="30/09/2020"
    )
    data["action-submit"] = "Submit"
    response = client.post(add_url, data)
    assert response.status_code == 302, response.context["form"].errors

    article = ArticlePage.objects.get(title=TITLE)
    assert article.slug == "doan-giam-sat-hdnd-lam-viec-tai-xa-tam-hong"
    assert not article.live
    assert article.current_workflow_state.status == "in_progress"
    assert client.get("/").status_code == 200
    client.logout()
    assert client.get(f"{portal.category.url}{article.slug}/").status_code == 404

    edit_url = f"/admin/pages/{article.pk}/edit/"
    client.force_login(writer)
    data = admin_form(client, edit_url)
    data["action-publish"] = "Publish"
    client.post(edit_url, data)
    assert not ArticlePage.objects.get(pk=article.pk).live, "a writer must not be able to publish"

    client.force_login(approver)
    task_state = article.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[article.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""})
    assert response.status_code in (200, 302)
    client.logout()

    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live and article.date == datetime.date(2020, 9, 30)
    assert TITLE in client.get(article.url).content.decode()
    assert TITLE in client.get(portal.category.url).content.decode()
    assert TITLE in client.get("/").content.decode()
    assert TITLE in [entry.title for entry in feedparser.parse(client.get("/rss.xml").content).entries]
    assert f"http://testserver{article.url}" in sitemap_locations()


def test_an_approver_schedules_an_article_and_the_cron_publishes_it(client, portal, approver):
    client.force_login(approver)
    add_url = f"/admin/pages/add/news/articlepage/{portal.category.pk}/"
    go_live = timezone.localtime() + datetime.timedelta(hours=1)
    data = admin_form(
        client, add_url, title="Thông báo lịch nghỉ lễ", go_live_at=go_live.strftime("%d/%m/%Y %H:%M")
    )
    data["action-publish"] = "Publish"
    response = client.post(add_url, data)
    assert response.status_code == 302, response.context["form"].errors

    article = ArticlePage.objects.get(title="Thông báo lịch nghỉ lễ")
    revision = article.scheduled_revision
    assert revision is not None and not article.live

    call_command("publish_scheduled")
    assert not ArticlePage.objects.get(pk=article.pk).live, "published before its time"

    two_hours_later = timezone.now() + datetime.timedelta(hours=2)
    with mock.patch("django.utils.timezone.now", return_value=two_hours_later):
        call_command("publish_scheduled")

    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live
    assert "Thông báo lịch nghỉ lễ" in client.get(portal.category.url).content.decode()
