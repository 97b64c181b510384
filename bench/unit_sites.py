"""Benchmark of one installation hosting many units (issue 16), run by hand.

The full run the issue asks for, on PostgreSQL (13 minutes on a quiet 2-core machine:
2 × 100,000 articles with their revisions at about 400 a second, the hundred sites
1.1 s each; several times longer on a machine loaded by other work):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_perf_bench \\
    REDIS_URL=redis://127.0.0.1:6379/5 \\
    .venv/bin/python bench/unit_sites.py --sites 100 --articles-per-site 1000

A smaller run of the same shape: `--sites 100 --articles-per-site 200`; on SQLite, leave
out DATABASE_URL. The database DATABASE_URL names is left alone: the bench works in two
throw-away test databases (test_<name>) of the same total size, one after the other:

1. a single commune site holding SITES × ARTICLES articles;
2. a province and SITES commune sites, each made by the site builder (each creation
   timed), holding ARTICLES articles each.

Articles are real Wagtail pages written in bulk by `manage.py generate_articles` (valid
tree paths, one published revision each, indexed for search), spread over the sites'
news categories. On each database the home, a category and an article are served
in-process (with many sites: on the first, middle and last commune): the queries of the
first request, then the latencies with cold caches (every cache cleared before each
request) and with warm caches, as p50 and p95, and the ratio many/single. Targets:
latency within 1.3× of the single site, the same query count whatever the number of
sites, site creation under 10 s. The machine's load moves every figure: the ratios
within one run are what count."""

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


def timed_get(client, host, path):
    start = time.perf_counter()
    client.get(path, HTTP_HOST=host)
    return (time.perf_counter() - start) * 1000


def measure(client, host, path):
    """(queries of a cold request, cold latencies ms, warm latencies ms)."""
    with CaptureQueriesContext(connection) as queries:
        clear_caches()
        response = client.get(path, HTTP_HOST=host)
    # Read now: every request starts by emptying the connection's query log.
    query_count = len(queries)
    assert response.status_code == 200, (host, path, response.status_code)
    cold = []
    for _ in range(COLD_REPEATS):
        clear_caches()
        cold.append(timed_get(client, host, path))
    warm = [timed_get(client, host, path) for _ in range(WARM_REPEATS)]
    return query_count, cold, warm


def p50_p95(values):
    return statistics.median(values), statistics.quantiles(values, n=20, method="inclusive")[-1]


def site_results(sites):
    """{page: ({query counts}, cold ms, warm ms)} pooled over the sites."""
    client = Client()
    results = {}
    for site in sites:
        for name, path in pages_of(site):
            queries, cold, warm = measure(client, site.hostname, path)
            counts, cold_all, warm_all = results.setdefault(name, (set(), [], []))
            counts.add(queries)
            cold_all += cold
            warm_all += warm
    return results


def fresh_database(run):
    database = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        Site.objects.all().delete()
        for page in Page.objects.filter(depth=2):
            page.delete()
        return run()
    finally:
        connection.creation.destroy_test_db(database, verbosity=0)


def write_articles(total):
    call_command("generate_articles", str(total), verbosity=0)
    # What autovacuum does on a live database after so many rows: without it, PostgreSQL
    # plans the first requests on a table it believes empty (a cold home page took 361 ms
    # instead of about 110 ms with 100,000 articles).
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def say(text):
    print(text, flush=True)


def single_site(total):
    def run():
        # A commune too, so that its pages are the same kind as those measured with many.
        build_unit_site("Xã Một Trang", "xã", "xa.example:80")
        write_articles(total)
        return site_results([Site.objects.get(hostname="xa.example")])

    return fresh_database(run)


def many_sites(count, per_site):
    def run():
        build_unit_site("Tỉnh Mẫu", "tỉnh", "tinh.example:80")
        timings = []
        for number in range(1, count + 1):
            start = time.perf_counter()
            build_unit_site(f"Xã Đo Thử {number}", "xã", f"xa-{number}.example:80")
            timings.append(time.perf_counter() - start)
            if number % 10 == 0:
                say(f"  {number} sites built, last {timings[-1]:.1f} s")
        write_articles(count * per_site)
        sample = [f"xa-{number}.example" for number in sorted({1, count // 2 or 1, count})]
        results = site_results(list(Site.objects.filter(hostname__in=sample)))
        province = site_results([Site.objects.get(hostname="tinh.example")])["home"]
        return results, timings, province

    return fresh_database(run)


def report(single, many, timings, province, sites):
    p50, p95 = p50_p95(timings)
    say(
        f"Site creation, {len(timings)} sites: p50 {p50:.2f} s, p95 {p95:.2f} s, max {max(timings):.2f} s "
        "(target < 10 s)"
    )
    say(
        f"{'page':9} {'queries 1 / N':>14}  {'latency':8} {'p50 ms 1 / N':>17} {'ratio':>6} {'p95 ms 1 / N':>17} {'ratio':>6}"
    )
    for name in single:
        (q1, cold1, warm1), (qn, coldn, warmn) = single[name], many[name]
        queries = f"{'/'.join(map(str, sorted(q1)))} / {'/'.join(map(str, sorted(qn)))}"
        for kind, one, other in (("cold", cold1, coldn), ("warm", warm1, warmn)):
            (a50, a95), (b50, b95) = p50_p95(one), p50_p95(other)
            say(
                f"{name if kind == 'cold' else '':9} {queries if kind == 'cold' else '':>14}  {kind:8} "
                f"{a50:>7.1f} / {b50:>7.1f} {b50 / a50:>6.2f} {a95:>7.1f} / {b95:>7.1f} {b95 / a95:>6.2f}"
            )
    queries, cold, warm = province
    say(
        f"Province home with {sites} communes' sections: {'/'.join(map(str, sorted(queries)))} queries, "
        "cold p50/p95 {:.1f}/{:.1f} ms, warm p50/p95 {:.1f}/{:.1f} ms".format(*p50_p95(cold), *p50_p95(warm))
    )


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
    say(f"{connection.vendor}: {options.sites} sites × {options.articles_per_site} articles = {total}")
    start = time.perf_counter()
    single = single_site(total)
    say(f"Single site with {total} articles built and measured in {time.perf_counter() - start:.0f} s")
    start = time.perf_counter()
    many, timings, province = many_sites(options.sites, options.articles_per_site)
    say(f"{options.sites} sites built and measured in {time.perf_counter() - start:.0f} s")
    report(single, many, timings, province, options.sites)


if __name__ == "__main__":
    main()
