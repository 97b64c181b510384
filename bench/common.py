"""What the benchmarks share: a throw-away database, a site to fill, timed requests.

Imported by a bench script after its own django.setup()."""

import os
import time
from contextlib import contextmanager

from django.db import connection
from django.test.utils import CaptureQueriesContext, setup_test_environment
from wagtail.models import Page, Site

from core.models import UnitSettings
from home.models import HomePage


@contextmanager
def throwaway_database():
    """A test database made for the run and dropped after it, whatever happens."""
    setup_test_environment()
    database = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    print(
        f"Database: {connection.vendor} ({database}); cache: {os.environ.get('REDIS_URL') or 'local memory'}"
    )
    try:
        yield
    finally:
        connection.creation.destroy_test_db(database, verbosity=0)


def site_with(index):
    """A site whose home page has `index` (an unsaved page) as its child; returns it saved."""
    home = HomePage(title="Trang chủ", slug="trang-chu")
    Page.get_first_root_node().add_child(instance=home)
    Site.objects.all().delete()
    site = Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    UnitSettings.objects.create(site=site, name="Xã Đo Đạc")
    home.add_child(instance=index)
    return index


def analyze():
    """What autovacuum does on a live PostgreSQL: planner statistics for the new rows."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def timed_requests(client, url, params, repeats):
    """(the response, its number of queries, the times in ms of `repeats` more, sorted),
    after one request that fills the caches."""
    client.get(url, params)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
        # Read now: every request starts by emptying the connection's query log.
        query_count = len(queries)
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        client.get(url, params)
        timings.append((time.perf_counter() - started) * 1000)
    return response, query_count, sorted(timings)
