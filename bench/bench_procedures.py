"""Benchmark of the procedure list and the import, run by hand (never by the test suite).

    .venv/bin/python bench/bench_procedures.py                       # SQLite, local-memory cache
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wt_procedures \\
    REDIS_URL=redis://127.0.0.1:6379/12 .venv/bin/python bench/bench_procedures.py

It makes a throw-away test database, imports 2,000 procedures built from the sample
file (48 fields, 12 agencies) from an XLSX file, then serves the list with 50 and with
2,000 procedures under several filter combinations, counting queries and timing the
median of repeated requests. Targets (issue 4): at most 10 queries, within 1.5x of the
50-procedure time, and the import of 2,000 under a minute."""

import csv
import io
import os
import re
import statistics
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
django.setup()

from django.test import Client  # noqa: E402

from bench.common import analyze, site_with, throwaway_database, timed_requests  # noqa: E402
from procedures.demo.loader import PROCEDURES_FILE  # noqa: E402
from procedures.models import Agency, Procedure, ProcedureField, ProcedureIndexPage  # noqa: E402
from procedures.procedure_import import ProcedureImporter  # noqa: E402
from procedures.tests.spreadsheets import xlsx_bytes  # noqa: E402

REPEATS = 40
FIELD_VARIANTS = 8
AGENCY_VARIANTS = 3


def sample_rows():
    text = PROCEDURES_FILE.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows[0], rows[1:]


def synthetic_rows(count, name_suffix=""):
    """Rows shaped like the sample file's, each with its own code, name, field and agency."""
    headings, samples = sample_rows()
    column = {heading: index for index, heading in enumerate(headings)}
    rows = []
    for number in range(count):
        row = list(samples[number % len(samples)])
        row[column["Mã thủ tục"]] = f"{number // 100000 + 3}.{number % 100000:06d}"
        row[column["Tên thủ tục"]] = f"{row[column['Tên thủ tục']]} – trường hợp {number + 1}{name_suffix}"
        row[column["Lĩnh vực"]] = f"{row[column['Lĩnh vực']]} {number % FIELD_VARIANTS + 1}"
        row[column["Cơ quan thực hiện"]] = (
            f"{row[column['Cơ quan thực hiện']]} {number % AGENCY_VARIANTS + 1}"
        )
        row[column["Thủ tục hành chính liên quan"]] = ""
        rows.append(row)
    return headings, rows


def timed_import(label, data):
    started = time.perf_counter()
    report = ProcedureImporter().run(data)
    elapsed = time.perf_counter() - started
    print(f"  {label:<44} {elapsed:6.2f} s   {report.summary()}")
    return elapsed


def reset_catalogue():
    Procedure.objects.all().delete()
    ProcedureField.objects.all().delete()
    Agency.objects.all().delete()


def filter_combinations():
    field = ProcedureField.objects.order_by("name").first().slug
    agency = Agency.objects.order_by("name").first().slug
    return {
        "no filter": {},
        "no filter, page 2": {"page": 2},
        "text “dang ky”": {"q": "dang ky"},
        "field": {"linh_vuc": field},
        "level + online": {"cap": "xa", "truc_tuyen": "toan-trinh"},
        "text + agency + level": {"q": "cap", "co_quan": agency, "cap": "xa"},
        "all five filters": {
            "q": "dang",
            "linh_vuc": field,
            "cap": "xa",
            "co_quan": agency,
            "truc_tuyen": "khong",
        },
        "invalid values": {"cap": "abc", "linh_vuc": "khong-co", "page": "x"},
    }


def measure_listing(client, url, params):
    response, query_count, timings = timed_requests(client, url, params, REPEATS)
    found = re.search(r"([\d.]+) thủ tục", response.content.decode())
    shown = response.content.decode().count('class="procedure-card"')
    return (
        f"{response.status_code} {found[1] if found else '-':>5}/{shown:<2}",
        query_count,
        statistics.median(timings),
        min(timings),
    )


def main():
    with throwaway_database():
        index = site_with(ProcedureIndexPage(title="Thủ tục hành chính", slug="thu-tuc-hanh-chinh"))
        headings, rows = synthetic_rows(2000)
        data = xlsx_bytes(headings=headings, rows=rows)
        print(f"\nImport of 2,000 procedures from an XLSX file of {len(data) / 1024:.0f} KB")
        timed_import("first import (2,000 new)", data)
        timed_import("same file again (2,000 unchanged)", data)
        _headings, renamed = synthetic_rows(2000, name_suffix=" (sửa đổi)")
        timed_import("every name changed (2,000 updated)", xlsx_bytes(headings=headings, rows=renamed))

        client = Client()
        results = {}
        for count in (50, 2000):
            reset_catalogue()
            ProcedureImporter().run(xlsx_bytes(headings=headings, rows=rows[:count]))
            analyze()
            results[count] = {
                name: measure_listing(client, index.url, params)
                for name, params in filter_combinations().items()
            }
        # On a shared machine the median moves with the neighbours' load; the fastest of
        # the requests shows what the page itself costs.
        print(f"\nListing: status, found/shown, queries, median and fastest of {REPEATS} requests in ms")
        print(f"  {'filters':<24} {'50 procedures':>36} {'2,000 procedures':>36} {'ratio':>13}")
        for name in results[50]:
            small, large = results[50][name], results[2000][name]
            print(
                f"  {name:<24} {small[0]:>13} {small[1]:>3} q {small[2]:7.1f} {small[3]:7.1f}"
                f" {large[0]:>13} {large[1]:>3} q {large[2]:7.1f} {large[3]:7.1f}"
                f" {large[2] / small[2]:5.2f}x {large[3] / small[3]:5.2f}x"
            )


if __name__ == "__main__":
    main()
