"""Hostile input thrown at every public address, run by hand (never by the test suite).

    .venv/bin/python bench/hostile_input.py [examples per class and parameter, default 40]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_input \\
    REDIS_URL=redis://127.0.0.1:6379/1 .venv/bin/python bench/hostile_input.py 40

It makes a throw-away test database with the demo content, then sends each class of
core.tests.hostile (unicode, combining marks, control characters and NUL, huge numbers,
invalid percent-encoding, huge inputs, repeated keys, odd headers, deep paths) to each
public parameter: search, news listings and archives, procedures and their exports, the
one-stop statistics, feeds, sitemap, robots.txt and comment posting. It prints, per
class, the requests sent and how many were answered 5xx, with one example of each
distinct failure. Target (issue 10): no 5xx at all. The test suite runs the same
strategies with a few examples each (the */tests/test_hostile_input.py files)."""

import collections
import io
import logging
import os
import re
import sys
import traceback
import warnings
from pathlib import Path
from urllib.parse import urlencode

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from core.tests.hostile import ENCODED_CLASSES, ODD_HEADERS, query_string  # noqa: E402

ARTICLE = "/tin-tuc/thoi-su-tong-hop/thong-bao-lich-tiep-nhan-ho-so-dip-nghi-le/"
STATISTICS = "/ket-qua-giai-quyet-thu-tuc-hanh-chinh/"
# (address with {} where the value goes, in the path or as a query parameter)
GET_TARGETS = [
    "/tim-kiem/?q={}",
    "/en/tim-kiem/?q={}",
    "/tim-kiem/?q=mot+cua&kind={}",
    "/tim-kiem/?q=mot+cua&page={}",
    "/tin-tuc/?page={}",
    "/tin-tuc/{}/",
    "/tin-tuc/2020/{}/",
    "/tin-tuc/tac-gia/{}/",
    "/tin-tuc/the/{}/",
    "/tin-tuc/thoi-su-tong-hop/?page={}",
    "/tin-tuc/thoi-su-tong-hop/{}/",
    "/tin-tuc/thoi-su-tong-hop/rss/?{}",
    ARTICLE + "?binh-luan={}",
    "/thu-tuc-hanh-chinh/?q={}",
    "/thu-tuc-hanh-chinh/?linh_vuc={}",
    "/thu-tuc-hanh-chinh/?cap={}",
    "/thu-tuc-hanh-chinh/?co_quan={}",
    "/thu-tuc-hanh-chinh/?truc_tuyen={}",
    "/thu-tuc-hanh-chinh/?q=ho+tich&page={}",
    "/thu-tuc-hanh-chinh/csv/?q={}",
    "/thu-tuc-hanh-chinh/json/?linh_vuc={}",
    "/thu-tuc-hanh-chinh/{}/",
    STATISTICS + "?don_vi={}",
    STATISTICS + "csv/?don_vi={}",
    "/rss.xml?{}",
    "/atom.xml?{}",
    "/sitemap.xml?{}",
    "/sitemap-{}.xml",
    "/sitemap-trang.xml?p={}",
    "/robots.txt?{}",
    "/{}/",
    "/binh-luan/{}/gui/",
    "/binh-luan/xac-nhan/{}/",
]
COMMENT_FIELDS = ["title", "name", "email", "comment", "honeypot", "timestamp", "security_hash", "object_pk"]
FORM = "application/x-www-form-urlencoded"
HEADER_TARGETS = ["/", "/tim-kiem/?q=mot", ARTICLE, "/thu-tuc-hanh-chinh/", "/sitemap.xml", "/robots.txt"]


class Tally:
    def __init__(self):
        self.requests = collections.Counter()
        self.errors = collections.Counter()
        self.examples = {}

    def send(self, kind, client, method, url, **extra):
        self.requests[kind] += 1
        try:
            status = getattr(client, method)(url, **extra).status_code
            failure = None if status < 500 else f"{status}"
        except Exception as error:  # the test client re-raises what the view raised
            failure = f"{type(error).__name__}: {str(error)[:120]}"
            status = 500
            where = traceback.extract_tb(error.__traceback__)[-1]
            failure += f" ({Path(where.filename).name}:{where.lineno})"
        if status >= 500:
            self.errors[kind] += 1
            self.examples.setdefault((failure, url.split("?")[0][:40]), (kind, method, url[:200], extra))


def run(examples):
    tally = Tally()
    client = Client(raise_request_exception=True)
    article_id = _article_id()
    comment_url = f"/binh-luan/{article_id}/gui/"

    def each(strategy, action):
        @settings(
            max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        @given(strategy)
        def send(value):
            action(value)

        send()

    def post_comment(kind, field, value, headers):
        body = _comment_body(article_id, field, value)
        tally.send(kind, client, "post", comment_url, data=body, content_type=FORM, **headers)

    for name, strategy in ENCODED_CLASSES.items():
        for target in GET_TARGETS:
            each(
                strategy,
                lambda value, target=target, name=name: tally.send(
                    name, client, "get", target.replace("{}", value)
                ),
            )
        each(
            st.tuples(strategy, st.sampled_from(COMMENT_FIELDS)),
            lambda drawn, name=name: post_comment(name, drawn[1], drawn[0], {}),
        )

    any_value = st.lists(st.one_of(*ENCODED_CLASSES.values()), min_size=2, max_size=5)
    for target in GET_TARGETS:
        if "={}" in target:
            head, tail = target.split("={}")
            name = re.split(r"[?&]", head)[-1]
            each(
                any_value,
                lambda values, head=head, name=name, tail=tail: tally.send(
                    "repeated keys", client, "get", head[: -len(name)] + query_string(name, values) + tail
                ),
            )

    for target in HEADER_TARGETS:
        each(
            ODD_HEADERS,
            lambda headers, target=target: tally.send("odd headers", client, "get", target, **headers),
        )
    each(
        st.tuples(ODD_HEADERS, st.sampled_from(COMMENT_FIELDS)),
        lambda drawn: post_comment("odd headers", drawn[1], "x", drawn[0]),
    )
    each(
        st.tuples(
            st.integers(min_value=1, max_value=3_000), st.sampled_from(["a", "tin-tuc", "%00", "%CC%81"])
        ),
        lambda drawn: tally.send("deep paths", client, "get", f"/{drawn[1]}" * drawn[0] + "/"),
    )
    return tally


def _article_id():
    from news.models import ArticlePage

    return ArticlePage.objects.get(url_path__endswith="/thong-bao-lich-tiep-nhan-ho-so-dip-nghi-le/").pk


def _comment_body(article_id, field, value):
    from comments.forms import ArticleCommentForm
    from news.models import ArticlePage

    article = ArticlePage.objects.get(pk=article_id)
    data = {key: str(item) for key, item in ArticleCommentForm(article).initial.items()}
    data.update(title="Tiêu đề", name="Người gửi", email="a@example.com", comment="Nội dung", honeypot="")
    data.pop(field, None)
    return urlencode(data) + f"&{field}={value}"


def main():
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    logging.disable(logging.CRITICAL)  # each refused request would print its traceback
    warnings.simplefilter("ignore")
    setup_test_environment()
    database = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    print(f"Database: {connection.vendor}; cache: {os.environ.get('REDIS_URL') or 'local memory'}")
    try:
        call_command("load_demo_content", no_admin=True, stdout=io.StringIO())
        tally = run(examples)
    finally:
        connection.creation.destroy_test_db(database, verbosity=0)
    print(f"{'class':<30} {'requests':>9} {'5xx':>6}")
    for kind, count in tally.requests.items():
        print(f"{kind:<30} {count:>9} {tally.errors[kind]:>6}")
    print(f"{'total':<30} {sum(tally.requests.values()):>9} {sum(tally.errors.values()):>6}")
    for (failure, _where), (kind, method, url, extra) in tally.examples.items():
        headers = {key: value[:80] for key, value in extra.items() if key.startswith("HTTP_")}
        print(f"- {failure}\n    {kind}: {method.upper()} {url!r} {headers or ''}")


if __name__ == "__main__":
    main()
