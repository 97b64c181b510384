"""Benchmark of the register of legal documents, run by hand (never by the test suite).

    .venv/bin/python bench/documents.py                         # SQLite, local-memory cache
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_documents \\
    REDIS_URL=redis://127.0.0.1:6379/7 .venv/bin/python bench/documents.py

It makes a throw-away test database, fills one register with 100 and then 10,000
documents (pages, as editors make them; five types, twelve issuers, eight fields, ten
years), and serves the list in-process with several filter and search combinations:
queries per request, p50 and p95 over repeated requests. Targets (issue 13): the same
number of queries at 100 and 10,000 documents, whatever the filters; list and search
p95 under 50 ms on PostgreSQL."""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
django.setup()

from django.test import Client  # noqa: E402

from bench.portal_site import analyze, build_portal, throwaway_database, timed_requests  # noqa: E402
from documents.models import DocumentField, DocumentType, Issuer, LegalDocumentIndexPage, LegalDocumentPage  # noqa: E402
from documents.numbers import number_slug  # noqa: E402

REPEATS = 60
TYPES = [
    ("Nghị định", "NĐ-CP"),
    ("Quyết định", "QĐ-UBND"),
    ("Thông tư", "TT-BTC"),
    ("Kế hoạch", "KH-UBND"),
    ("Công văn", "UBND-VP"),
]
ISSUERS = [f"Cơ quan ban hành {n}" for n in range(1, 13)]
FIELDS = ["Đất đai", "Hộ tịch", "Xây dựng", "Tài chính", "Giáo dục", "Y tế", "Công nghệ thông tin", "Nội vụ"]
WORDS = [
    "quy định",
    "ban hành",
    "hướng dẫn",
    "thực hiện",
    "kế hoạch",
    "cải cách hành chính",
    "dịch vụ công",
    "đất đai",
]


def add_documents(register, start, count):
    types = {name: DocumentType.objects.get_or_create(name=name)[0] for name, _ in TYPES}
    issuers = [Issuer.objects.get_or_create(name=name)[0] for name in ISSUERS]
    fields = [DocumentField.objects.get_or_create(name=name)[0] for name in FIELDS]
    started = time.perf_counter()
    for n in range(start, start + count):
        type_name, symbol = TYPES[n % len(TYPES)]
        year = 2016 + n % 10
        number = f"{n + 1}/{symbol}" if type_name == "Công văn" else f"{n + 1}/{year}/{symbol}"
        register.add_child(
            instance=LegalDocumentPage(
                title=f"Về việc {WORDS[n % len(WORDS)]} và {WORDS[(n * 3 + 1) % len(WORDS)]} số {n + 1}",
                slug=number_slug(number),
                number=number,
                document_type=types[type_name],
                issuer=issuers[n % len(issuers)],
                field=fields[n % len(fields)],
                issued_on=datetime.date(year, n % 12 + 1, n % 28 + 1),
                status=["con-hieu-luc", "het-hieu-luc", "het-hieu-luc-mot-phan", "bi-thay-the"][n % 4],
            )
        )
        if (n - start + 1) % 1000 == 0:
            print(f"  {n - start + 1} documents added ({time.perf_counter() - started:.0f} s)", flush=True)
    analyze()


CASES = {
    "list, no filter": ("/van-ban/", {}),
    "list, page 5": ("/van-ban/", {"page": "5"}),
    "list, type + year": ("/van-ban/", {"loai": "quyet-dinh", "nam": "2020"}),
    "list, all five filters": (
        "/van-ban/",
        {
            "loai": "nghi-dinh",
            "co_quan": "co-quan-ban-hanh-1",
            "linh_vuc": "dat-dai",
            "nam": "2016",
            "tinh_trang": "con-hieu-luc",
        },
    ),
    "list, oldest first": ("/van-ban/", {"sap_xep": "cu-nhat"}),
    "search “nghi dinh 42”": ("/van-ban/", {"q": "nghi dinh 42"}),
    "search “42/2022”": ("/van-ban/", {"q": "42/2022"}),
    "search “QĐ-UBND” + status": ("/van-ban/", {"q": "QĐ-UBND", "tinh_trang": "het-hieu-luc"}),
    "search “cai cach hanh chinh”": ("/van-ban/", {"q": "cai cach hanh chinh"}),
    "site search “nghi dinh 42”": ("/tim-kiem/", {"q": "nghi dinh 42"}),
}


def measure(client, url, params):
    response, query_count, timings = timed_requests(client, url, params, REPEATS)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    return response.status_code, query_count, statistics.median(timings), p95


def report(client, label):
    """{case: (status, queries, p50, p95)}, printed as they come."""
    print(f"\n{label}")
    print(f"  {'case':<34} {'status':>6} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8}")
    results = {}
    for case, (url, params) in CASES.items():
        results[case] = status, queries, p50, p95 = measure(client, url, params)
        print(f"  {case:<34} {status:>6} {queries:>7} {p50:8.1f} {p95:8.1f}", flush=True)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000, help="the larger register (default 10,000)")
    total = parser.parse_args().documents
    with throwaway_database():
        register = build_portal(LegalDocumentIndexPage(title="Văn bản", slug="van-ban"))
        client = Client()
        add_documents(register, 0, 100)
        small = report(client, "100 documents")
        print(f"\nAdding {total - 100:,} documents...", flush=True)
        add_documents(register, 100, total - 100)
        large = report(client, f"{total:,} documents")
    print(f"\n{total:,} against 100 documents: same queries? p50 and p95 ratios")
    for case in CASES:
        (_s, small_queries, small_p50, small_p95), (_l, large_queries, large_p50, large_p95) = (
            small[case],
            large[case],
        )
        same = "yes" if small_queries == large_queries else f"no ({small_queries} / {large_queries})"
        print(f"  {case:<34} {same:>10} {large_p50 / small_p50:6.2f}x {large_p95 / small_p95:6.2f}x")


if __name__ == "__main__":
    main()
