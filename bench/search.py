#!/usr/bin/env python3
"""Search latency with N articles: p50/p95 of the search page and of the ranking alone.

Builds (once) a database with the demo content plus N generated articles (the news
app's generate_articles), gives them the varied text of bench/corpus.py (about 540
words each: common words in every article, names of procedures in one in ten, place
names in few), rebuilds the search index, then runs a set of queries that residents
type, each ROUNDS times, through Django's full request cycle (middleware, view,
template) and through the ranking alone.

    .venv/bin/python bench/search.py --articles 100000
    .venv/bin/python bench/search.py --articles 100000 \\
        --database-url postgres://postgres@127.0.0.1:5432/wt_search

Run by hand; figures go in the issue note (bench/results/ keeps the last report).
"""

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
CHUNK = 2000

QUERIES = [
    # Common words, found in most articles.
    "xa",
    "huyen",
    "nguoi dan",
    "ubnd xa",
    # Subjects and procedures.
    "mot cua",
    "cai cach hanh chinh",
    "chuyen doi so",
    "dang ky khai sinh",
    "dia chinh",
    "an toan giao thong",
    "phong chay chua chay",
    "bao hiem y te",
    "xay dung nong thon moi",
    "cap giay phep xay dung",
    # Typed with diacritics, in upper case, with punctuation.
    "Địa chính",
    "một cửa",
    "Đăng ký kết hôn",
    "CHUYỂN ĐỔI SỐ",
    '"một cửa liên thông"',
    "thủ tục hành chính",
    # Places and rare words.
    "tam hong",
    "xuan yen",
    "hdnd huyen giam sat",
    "Hội Nông dân xã Phúc An",
    # A code, nothing found, an odd search.
    "1.001193",
    "khong co ket qua nao",
    "mot OR (cua",
]
# (query, extra GET parameters): a kind, a later page.
VARIANTS = [("mot cua", {"kind": "tin-tuc"}), ("mot cua", {"kind": "trang"}), ("xa", {"page": "5"})]


def manage(env, *args, capture=False):
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=capture, text=True
    )
    return result.stdout


def shell(env, code):
    return manage(env, "shell", "-v0", "-c", code, capture=True).strip().splitlines()[-1]


def prepare_database(env, articles):
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content", "--no-admin")
    manage(env, "collectstatic", "--noinput", "-v0")
    missing = articles - int(
        shell(env, "from news.models import ArticlePage; print(ArticlePage.objects.count())")
    )
    if missing > 0:
        manage(env, "generate_articles", str(missing))
        started = time.perf_counter()
        shell(env, f"from bench.search import give_corpus_text; give_corpus_text({CHUNK}); print('ok')")
        print(f"corpus text given in {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    manage(env, "rebuild_search_index")
    return time.perf_counter() - started


def give_corpus_text(chunk):
    """Replaces the generated articles' one-line bodies with corpus text (run inside Django)."""
    from django.db import connection, transaction

    from bench.corpus import articles
    from news.models import ArticlePage

    generated = ArticlePage.objects.filter(summary__startswith="Tóm tắt:").values_list("pk", flat=True)
    ids = list(generated.order_by("pk"))
    texts = articles(len(ids))
    for start in range(0, len(ids), chunk):
        rows, titles = [], []
        for pk in ids[start : start + chunk]:
            title, summary, paragraphs = next(texts)
            body = [{"type": "paragraph", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}]
            rows.append((summary, json.dumps(body, ensure_ascii=False), pk))
            titles.append((title, title, pk))
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(
                "UPDATE news_articlepage SET summary = %s, body = %s WHERE page_ptr_id = %s", rows
            )
            cursor.executemany(
                "UPDATE wagtailcore_page SET title = %s, draft_title = %s WHERE id = %s", titles
            )


def measure(rounds):
    """Runs inside Django: {label: [milliseconds]} for the page and the ranking alone."""
    from django.test import Client

    from search.analysis import SearchQuery
    from search.engine import SearchResults

    client = Client()
    page, ranking, found = {}, {}, {}
    cases = [(query, {}) for query in QUERIES] + VARIANTS
    for query, extra in cases:
        label = query + (f" {extra}" if extra else "")
        client.get("/tim-kiem/", {"q": query, **extra})  # warm: caches, the query plan
        page[label], ranking[label] = [], []
        for _ in range(rounds):
            started = time.perf_counter()
            response = client.get("/tim-kiem/", {"q": query, **extra})
            page[label].append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (label, response.status_code)
            if not extra:
                started = time.perf_counter()
                results = SearchResults(SearchQuery(query))[0:11]
                ranking[label].append((time.perf_counter() - started) * 1000)
                found[label] = len(results)
    return page, ranking, found


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(title, timings, found=None):
    every = [value for values in timings.values() for value in values if values]
    lines = [
        f"{title}: p50 {percentile(every, 0.5):.1f} ms, p95 {percentile(every, 0.95):.1f} ms, "
        f"max {max(every):.1f} ms over {len(every)} searches"
    ]
    for label, values in timings.items():
        if values:
            shown = f"  {label:<40} median {statistics.median(values):7.1f} ms   max {max(values):7.1f} ms"
            if found is not None and label in found:
                shown += f"   {found[label]} on page 1" if found[label] < 11 else "   11+ results"
            lines.append(shown)
    return lines


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--database-url", help="default: an SQLite file in bench/results/")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()

    RESULTS.mkdir(parents=True, exist_ok=True)
    database_url = options.database_url or f"sqlite:///{RESULTS / f'search-{options.articles}.sqlite3'}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database_url,
        "PYTHONPATH": str(ROOT),
    }
    if options.measure_only:
        import django

        sys.path.insert(0, str(ROOT))
        django.setup()
        print(json.dumps(measure(options.rounds)))
        return

    rebuild_seconds = prepare_database(env, options.articles)
    output = subprocess.run(
        [PYTHON, __file__, "--measure-only", "--rounds", str(options.rounds)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    page, ranking, found = json.loads(output.strip().splitlines()[-1])
    entries = shell(env, "from search.models import SearchEntry; print(SearchEntry.objects.count())")
    vendor = database_url.split(":")[0]
    lines = [
        f"{options.articles} generated articles, {entries} search entries, {vendor}; "
        f"index rebuilt in {rebuild_seconds:.0f} s; each search {options.rounds} times after one warm-up",
        *report("Search page (request, view, template)", page),
        *report("Ranking alone (first page of results)", ranking, found),
    ]
    text = "\n".join(lines)
    print(text)
    (RESULTS / f"search-{options.articles}-{vendor}.txt").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
