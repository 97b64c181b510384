"""By hand, on a scratch database that holds the demo content (never a timed test):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch .venv/bin/python manage.py migrate
    DATABASE_URL=... .venv/bin/python manage.py load_demo_content --no-admin
    DATABASE_URL=... .venv/bin/python bench/comments_bench.py [COMMENTS]

Adds COMMENTS approved comments (default 10.000) spread over the demo articles, then
reports the median time and the query count of: the category listing (one comment-count
subquery per card), the seed article with its comments, and posting one comment."""

import itertools
import os
import statistics
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from comments.forms import ArticleCommentForm  # noqa: E402
from comments.models import ArticleComment  # noqa: E402
from news.models import ArticlePage, NewsCategoryPage, SupervisionReportPage  # noqa: E402

RUNS = 20


def add_comments(total):
    articles = list(ArticlePage.objects.live().specific())
    now = timezone.now()
    with transaction.atomic():
        for number in range(total):
            article = articles[number % len(articles)]
            ArticleComment.objects.create(
                article=article,
                content_type=ContentType.objects.get_for_model(article),
                object_pk=str(article.pk),
                site_id=1,
                title=f"Góp ý số {number}",
                user_name="Người dân",
                user_email=f"nguoidan{number}@example.com",
                comment="Đề nghị công khai thêm kết quả giải quyết hồ sơ.",
                submit_date=now,
                is_public=True,
            )


def measure(label, request):
    request()  # warm caches
    timings, queries = [], 0
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = request()
            timings.append(time.perf_counter() - start)
        queries = len(captured)
        assert response.status_code < 400, (label, response.status_code)
    print(f"{label:<48} median {statistics.median(timings) * 1000:7.1f} ms  {queries:3d} queries")


def main():
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    start = time.perf_counter()
    add_comments(total)
    print(
        f"added {total} comments in {time.perf_counter() - start:.1f} s; {ArticleComment.objects.count()} in all"
    )
    client = Client()
    category = NewsCategoryPage.objects.live().get(slug="thoi-su-tong-hop")
    seed = SupervisionReportPage.objects.live().first()
    measure("category listing with comment counts", lambda: client.get(category.url))
    measure(f"seed article ({seed.reader_comments.count()} comments)", lambda: client.get(seed.url))
    form = ArticleCommentForm(seed)
    senders = itertools.count(1)

    def post():
        number = next(senders)
        data = {key: str(value) for key, value in form.initial.items()}
        data.update(title="Đo", name="Đo", email="do@example.com", comment=f"Lần đo {number}")
        return Client(REMOTE_ADDR=f"10.9.{number // 250}.{number % 250}").post(
            f"/binh-luan/{seed.pk}/gui/", data
        )

    measure("posting a comment", post)


if __name__ == "__main__":
    main()
