#!/usr/bin/env python3
"""Load test of the public pages: home, category, article, and a static file for scale.

Builds (once) a database with the demo content plus N generated articles, serves it
with gunicorn (2 sync workers, production settings) and measures each page with wrk:
requests per second at 32 connections (the median of three runs), and p50/p99 latency
at 1 connection.

    .venv/bin/python bench/pages.py --articles 1000
    .venv/bin/python bench/pages.py --articles 100000
    .venv/bin/python bench/pages.py --articles 1000 --database-url postgres://postgres@127.0.0.1:5432/bench

Needs wrk (Debian: apt-get install wrk). Run by hand; figures go in the issue note.
"""

import argparse
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
SEED_ARTICLE = (
    "/tin-tuc/thoi-su-tong-hop/hdnd-huyen-giam-sat-thuc-hien-nhiem-vu-cai-cach-hanh-chinh-theo-co-che-"
    "mot-cua-mot-cua-lien-thong-tren-dia-ban-xa-tam-hong/"
)


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def article_count(env):
    result = subprocess.run(
        [
            PYTHON,
            "manage.py",
            "shell",
            "-v0",
            "-c",
            "from news.models import ArticlePage; print(ArticlePage.objects.count())",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return int(result.stdout.strip().splitlines()[-1])


def prepare_database(env, articles):
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content", "--no-admin")
    missing = articles - article_count(env)
    if missing > 0:
        manage(env, "generate_articles", str(missing))
    manage(env, "collectstatic", "--noinput", "-v0")


def wrk(url, connections, seconds):
    threads = min(2, connections)
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = dict(re.findall(r"^ +(50|99)% +(\S+)\s*$", output, re.M))
    if len(percentiles) != 2:
        sys.exit(f"unexpected wrk output:\n{output}")
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, percentiles, int(errors.group(1)) if errors else 0


def loop_seconds():
    """This machine's speed drifts over the day: a fixed pure-Python loop, timed beside the
    figures, tells how fast it was during the run."""
    started = time.perf_counter()
    total = 0
    for number in range(10_000_000):
        total += number
    return time.perf_counter() - started


def warm_up(url):
    for _ in range(20):
        urllib.request.urlopen(url).read()


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--database-url", help="default: an SQLite file in bench/results/")
    parser.add_argument("--redis-url", default="", help="shared cache for the workers (default: none)")
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--port", type=int, default=8100)
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")

    RESULTS.mkdir(parents=True, exist_ok=True)
    database_url = options.database_url or f"sqlite:///{RESULTS / f'articles-{options.articles}.sqlite3'}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database_url,
        "REDIS_URL": options.redis_url,
    }
    prepare_database(env, options.articles)

    base = f"http://127.0.0.1:{options.port}"
    server = subprocess.Popen(
        [
            GUNICORN,
            "portal.wsgi",
            "--preload",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{options.port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(100):
            try:
                home = urllib.request.urlopen(base + "/", timeout=5).read().decode()
                break
            except OSError:
                time.sleep(0.2)
        else:
            sys.exit("gunicorn did not answer")
        stylesheet = re.search(r'href="(/static/css/portal\.[0-9a-f]+\.css)"', home).group(1)
        targets = {
            "home page": "/",
            "category page": "/tin-tuc/thoi-su-tong-hop/",
            "article page": SEED_ARTICLE,
            "static file": stylesheet,
        }
        loop_before = loop_seconds()
        lines = [
            f"{options.articles} articles in {article_count(env)} total, {database_url.split(':')[0]}, "
            f"gunicorn 2 sync workers, wrk {options.seconds}s",
            f"{'path':<15}{'req/s @32':>12}{'p50 @1':>10}{'p99 @1':>10}{'errors':>8}",
        ]
        for name, path in targets.items():
            warm_up(base + path)
            # This machine's speed drifts by several per cent from run to run: the median of three.
            runs = [wrk(base + path, 32, options.seconds) for _ in range(3)]
            rate = statistics.median(run[0] for run in runs)
            errors = sum(run[2] for run in runs)
            # The workers still answer the requests queued by the 32 connections; the
            # latency run must not time that wait.
            time.sleep(2)
            warm_up(base + path)
            _, latency, more_errors = wrk(base + path, 1, options.seconds)
            lines.append(
                f"{name:<15}{rate:>12.0f}{latency['50']:>10}{latency['99']:>10}{errors + more_errors:>8}"
            )
        lines.append(f"10M-step Python loop: {loop_before:.2f} s before, {loop_seconds():.2f} s after")
        report = "\n".join(lines)
        print(report)
        (RESULTS / f"pages-{options.articles}.txt").write_text(report + "\n", encoding="utf-8")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
