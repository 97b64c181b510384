"""The app's own cache never breaks a page: Redis may stop, and a change made by another
process (cron's publish_scheduled, another gunicorn worker, the admin) shows at once on
every process, with or without Redis."""

import logging
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings

from core.cache_backends import ResilientRedisCache
from news.tests.factories import ArticlePageFactory

from .servers import redis_server


def redis_caches(port):
    return {
        **settings.CACHES,
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
    }


def test_pages_answer_while_redis_is_down_and_the_outage_is_logged_once(client, portal, caplog):
    article = ArticlePageFactory(parent=portal.category, title="Lịch tiếp công dân tháng 12")
    paths = ["/", portal.category.url, article.url, "/tim-kiem/?q=tiep+cong+dan", "/rss.xml", "/sitemap.xml"]
    ResilientRedisCache.last_report = None
    with redis_server() as (port, redis), override_settings(CACHES=redis_caches(port)):
        assert all(client.get(path).status_code == 200 for path in paths)

        redis.terminate()
        redis.wait()
        with caplog.at_level(logging.ERROR, logger="core.cache_backends"):
            statuses = [client.get(path).status_code for path in paths * 3]

    assert statuses == [200] * len(statuses)
    outage_reports = [r for r in caplog.records if "Redis cache unavailable" in r.getMessage()]
    assert len(outage_reports) == 1


def database_url():
    """The test database, as another process reaches it."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def in_another_process(code):
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=settings.BASE_DIR,
        env={
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": database_url(),
            "PATH": "/usr/bin:/bin",
        },
        check=True,
        capture_output=True,
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_rename_made_in_another_process_shows_at_once_without_redis(client, portal):
    assert "Xã Thử Nghiệm" in client.get("/").content.decode()  # the header is now cached here

    in_another_process(
        "from core.models import UnitSettings\n"
        "unit = UnitSettings.objects.get()\n"
        "unit.name = 'Phường Hồng Hà'\n"
        "unit.save()\n"
    )

    html = client.get("/").content.decode()
    assert "Phường Hồng Hà" in html
    assert "Xã Thử Nghiệm" not in html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_page_unpublished_in_another_process_is_gone_at_once(client, portal):
    article = ArticlePageFactory(parent=portal.category, title="Thông báo lịch cắt điện")
    assert "Thông báo lịch cắt điện" in client.get(portal.category.url).content.decode()

    in_another_process(
        f"from wagtail.models import Page\nPage.objects.get(pk={article.pk}).specific.unpublish()\n"
    )

    assert "Thông báo lịch cắt điện" not in client.get(portal.category.url).content.decode()
    assert client.get(article.url).status_code == 404
