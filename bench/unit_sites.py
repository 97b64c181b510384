"""Benchmark of one installation hosting many units (issue 16), run by hand.

    .venv/bin/python bench/unit_sites.py --sites 100 --articles-per-site 1000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_multi \\
    REDIS_URL=redis://127.0.0.1:6379/8 .venv/bin/python bench/unit_sites.py --sites 20

Two throw-away test databases of the same total size: a single site with
SITES × ARTICLES articles, then a province with SITES commune sites made by the site
builder (each timed) and ARTICLES articles each (written in bulk by generate_articles,
spread over every site's categories). On each, the home, a category and an article
are served in-process: queries per request, p50 of requests with cold caches (every
cache cleared before each), p50 with warm caches. Targets: latency within 1.3× of the
single site, the same queries whatever the number of sites, site creation under 10 s."""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
django.setup()

from django.core.cache import caches  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import close_old_connections, connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from news.models import ArticlePage, NewsCategoryPage  # noqa: E402
from units.builder import build_unit_site  # noqa: E402

COLD_REPEATS = 10
WARM_REPEATS = 30


def clear_caches():
    for cache in caches.all():
        cache.clear()


def pages_of(site):
    """(name, URL path) of the home, the first category and its newest article."""
    category = NewsCategoryPage.objects.descendant_of(site.root_page).order_by("path").first()
    article = ArticlePage.objects.child_of(category).live().order_by("-date", "-pk").first()
    root = site.root_page.url_path
    return [
        ("home", "/"),
        ("category", "/" + category.url_path[len(root) :]),
        ("article", "/" + article.url_path[len(root) :]),
    ]


def measure(client, host, path):
    with CaptureQueriesContext(connection) as queries:
        clear_caches()
        response = client.get(path, HTTP_HOST=host)
    # Read now: every request starts by emptying the connection's query log.
    query_count = len(queries)
    assert response.status_code == 200, (host, path, response.status_code)
    cold = []
    for _ in range(COLD_REPEATS):
        clear_caches()
        start = time.perf_counter()
        client.get(path, HTTP_HOST=host)
        cold.append(time.perf_counter() - start)
    warm = []
    for _ in range(WARM_REPEATS):
        start = time.perf_counter()
        client.get(path, HTTP_HOST=host)
        warm.append(time.perf_counter() - start)
    return query_count, statistics.median(cold) * 1000, statistics.median(warm) * 1000


def site_results(sites):
    client = Client()
    results = {}
    for site in sites:
        for name, path in pages_of(site):
            results.setdefault(name, []).append(measure(client, site.hostname, path))
    return {
        name: (
            max(r[0] for r in rows),
            statistics.median(r[1] for r in rows),
            statistics.median(r[2] for r in rows),
        )
        for name, rows in results.items()
    }


def fresh_database(run):
    database = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        Site.objects.all().delete()
        for page in Page.objects.filter(depth=2):
            page.delete()
        return run()
    finally:
        connection.creation.destroy_test_db(database, verbosity=0)


def single_site(total):
    def run():
        build_unit_site("Tỉnh Một Trang", "tỉnh", "tinh.example:80")
        call_command("generate_articles", str(total), verbosity=0)
        return site_results([Site.objects.get(hostname="tinh.example")]), None

    return fresh_database(run)


def many_sites(count, per_site):
    def run():
        build_unit_site("Tỉnh Mẫu", "tỉnh", "tinh.example:80")
        timings = []
        for number in range(count):
            start = time.perf_counter()
            build_unit_site(f"Xã Đo Thử {number + 1}", "xã", f"xa-{number + 1}.example:80")
            timings.append(time.perf_counter() - start)
        call_command("generate_articles", str(count * per_site), verbosity=0)
        sample = [f"xa-{number}.example" for number in sorted({1, count // 2 or 1, count})]
        results = site_results(list(Site.objects.filter(hostname__in=sample)))
        province = site_results([Site.objects.get(hostname="tinh.example")])["home"]
        return results, (timings, province)

    return fresh_database(run)


def main():
    # As in the test suite: one connection for the whole run (Django closes it after
    # each request otherwise, and the query count would be lost with it).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=100)
    parser.add_argument("--articles-per-site", type=int, default=1000)
    options = parser.parse_args()
    setup_test_environment()
    total = options.sites * options.articles_per_site
    print(f"{connection.vendor}: {options.sites} sites × {options.articles_per_site} articles = {total}")
    single, _nothing = single_site(total)
    many, (timings, province) = many_sites(options.sites, options.articles_per_site)
    print(f"Site creation: mean {statistics.mean(timings):.2f} s, max {max(timings):.2f} s (target < 10 s)")
    print(
        f"{'page':10} {'queries 1/N':>12} {'cold ms 1/N':>16} {'ratio':>6} {'warm ms 1/N':>16} {'ratio':>6}"
    )
    for name in single:
        (q1, c1, w1), (qn, cn, wn) = single[name], many[name]
        print(
            f"{name:10} {q1:>5} /{qn:>5} {c1:>7.1f} /{cn:>7.1f} {cn / c1:>6.2f} {w1:>7.1f} /{wn:>7.1f} {wn / w1:>6.2f}"
        )
    queries, cold, warm = province
    print(
        f"province home with {options.sites} communes' sections: {queries} queries, cold {cold:.1f} ms, warm {warm:.1f} ms"
    )


if __name__ == "__main__":
    main()
