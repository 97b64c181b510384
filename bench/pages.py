#!/usr/bin/env python3
"""Load test of the public pages: home, category, article, and a static file for scale.

Builds (once) a database with the demo content plus N generated articles, serves it
with gunicorn (2 sync workers, production settings) and measures each page with wrk:
requests per second at 32 connections (the median of three runs), and p50/p99 latency
at 1 connection.

With --front-cache, the pages are also measured through Varnish running the shipped VCL
(deploy/varnish/portal.vcl), beside a static file of the same bytes served by the same
Varnish, as a ratio; then the purge latency: the time from a publication, or a comment's
approval, until a reader of the cached page sees it.

    .venv/bin/python bench/pages.py --articles 1000 --front-cache
    .venv/bin/python bench/pages.py --articles 100000 --front-cache
    .venv/bin/python bench/pages.py --articles 1000 --database-url postgres://postgres@127.0.0.1:5432/bench

Needs wrk and, for --front-cache, varnish (Debian: apt-get install wrk varnish). Run by
hand; figures go in the issue note.
"""

import argparse
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
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


def wrk(url, connections, seconds, headers=()):
    threads = min(2, connections)
    header_options = [option for header in headers for option in ("-H", header)]
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", *header_options, url],
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


def warm_up(url, headers=()):
    request = urllib.request.Request(url, headers=dict(header.split(": ", 1) for header in headers))
    for _ in range(20):
        urllib.request.urlopen(request).read()


def start_gunicorn(env, port):
    server = subprocess.Popen(
        [GUNICORN, "portal.wsgi", "--preload", "--workers", "2", "--bind", f"127.0.0.1:{port}"]
        + ["--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=5).read()
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    sys.exit("gunicorn did not answer")


def start_varnish(backend_port, port, workdir):
    vcl = workdir / "portal.vcl"
    shipped = (ROOT / "deploy" / "varnish" / "portal.vcl").read_text()
    vcl.write_text(shipped.replace('.port = "8001";', f'.port = "{backend_port}";'))
    workdir.chmod(0o755)
    vcl.chmod(0o644)
    varnish = subprocess.Popen(
        ["varnishd", "-F", "-n", str(workdir / "state"), "-a", f"127.0.0.1:{port}", "-T", "127.0.0.1:0"]
        + ["-f", str(vcl), "-s", "malloc,256m"],
        stdout=subprocess.DEVNULL,
    )
    time.sleep(2)
    return varnish


def measure(name, url, seconds, headers=()):
    warm_up(url, headers)
    # This machine's speed drifts by several per cent from run to run: the median of three.
    runs = [wrk(url, 32, seconds, headers) for _ in range(3)]
    rate = statistics.median(run[0] for run in runs)
    errors = sum(run[2] for run in runs)
    # The workers still answer the requests queued by the 32 connections; the latency run
    # must not time that wait.
    time.sleep(2)
    warm_up(url, headers)
    _, latency, more_errors = wrk(url, 1, seconds, headers)
    line = f"{name:<28}{rate:>12.0f}{latency['50']:>10}{latency['99']:>10}{errors + more_errors:>8}"
    return rate, line


HEADING = f"{'path':<28}{'req/s @32':>12}{'p50 @1':>10}{'p99 @1':>10}{'errors':>8}"

# Run in a portal process of its own: publish an article, or approve a pending comment,
# then ask the front cache until the change shows; prints the seconds that took.
PURGE_LATENCY = """
import time, urllib.request
from news.models import ArticlePage
from comments.models import ArticleComment, CommentState
from comments.tests.factories import ArticleCommentFactory
reader, host, kind = {reader!r}, {host!r}, {kind!r}
article = ArticlePage.objects.live().get(url_path__endswith={article!r})
if kind == "publish":
    category = article.get_parent()
    path, marker = category.url, "Bài đo độ trễ " + str(time.time())
else:
    comment = ArticleCommentFactory(article=article, comment="Bình luận đo độ trễ " + str(time.time()))
    path, marker = article.url, comment.comment
def shows():
    request = urllib.request.Request(reader + path, headers={{"Host": host}})
    return marker in urllib.request.urlopen(request).read().decode()
assert not shows()
started = time.perf_counter()
if kind == "publish":
    new = ArticlePage(title=marker, summary="Đo độ trễ.", live=False)
    category.add_child(instance=new)
    new.save_revision().publish()
else:
    ArticleComment.objects.filter(pk=comment.pk).set_state(CommentState.APPROVED)
while not shows():
    time.sleep(0.01)
print(f"{{time.perf_counter() - started:.3f}}")
"""


def shell(env, code):
    result = subprocess.run(
        [PYTHON, "manage.py", "shell", "-v0", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip().splitlines()[-1]


def purge_latency(env, reader, host, kind):
    slug = SEED_ARTICLE.rstrip("/").split("/")[-1] + "/"
    return float(shell(env, PURGE_LATENCY.format(reader=reader, host=host, kind=kind, article=slug)))


def site_host(env):
    code = "from wagtail.models import Site; print(Site.objects.get(is_default_site=True).root_url)"
    return shell(env, code).split("://", 1)[1]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--database-url", help="default: an SQLite file in bench/results/")
    parser.add_argument("--redis-url", default="", help="shared cache for the workers (default: none)")
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--front-cache", action="store_true", help="also measure through Varnish")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    if options.front_cache and not shutil.which("varnishd", path="/usr/sbin:/usr/bin"):
        sys.exit("varnishd is needed: apt-get install varnish")

    RESULTS.mkdir(parents=True, exist_ok=True)
    database_url = options.database_url or f"sqlite:///{RESULTS / f'articles-{options.articles}.sqlite3'}"
    varnish_port = options.port + 1
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "*",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database_url,
        "REDIS_URL": options.redis_url,
    }
    if options.front_cache:
        env["FRONT_CACHE_URL"] = f"http://127.0.0.1:{varnish_port}"
    prepare_database(env, options.articles)
    targets = {"home page": "/", "category page": "/tin-tuc/thoi-su-tong-hop/", "article page": SEED_ARTICLE}
    base = f"http://127.0.0.1:{options.port}"
    copies = {}
    if options.front_cache:
        # The same bytes as each page, as a static file (whitenoise reads its files at start).
        server = start_gunicorn(env, options.port)
        try:
            for name, path in targets.items():
                body = urllib.request.urlopen(base + path).read()
                copy = f"bench-{name.split()[0]}.html"
                (ROOT / "staticfiles" / copy).write_bytes(body)
                copies[name] = (f"/static/{copy}", len(body))
        finally:
            server.terminate()
            server.wait()

    server = start_gunicorn(env, options.port)
    varnish = None
    try:
        home = urllib.request.urlopen(base + "/", timeout=5).read().decode()
        stylesheet = re.search(r'href="(/static/css/portal\.[0-9a-f]+\.css)"', home).group(1)
        loop_before = loop_seconds()
        lines = [
            f"{options.articles} articles in {article_count(env)} total, {database_url.split(':')[0]}, "
            f"gunicorn 2 sync workers, wrk {options.seconds}s",
            "Uncached (straight to gunicorn):",
            HEADING,
        ]
        for name, path in {**targets, "static file": stylesheet}.items():
            lines.append(measure(name, base + path, options.seconds)[1])
        if options.front_cache:
            with tempfile.TemporaryDirectory(prefix="bench-varnish-") as workdir:
                varnish = start_varnish(options.port, varnish_port, Path(workdir))
                host = site_host(env)
                headers = [f"Host: {host}", "Accept-Encoding: gzip"]
                reader = f"http://127.0.0.1:{varnish_port}"
                lines += [
                    "Through Varnish (Accept-Encoding: gzip), beside the same bytes as a static file:",
                    HEADING,
                ]
                for name, path in targets.items():
                    page_rate, page_line = measure(name, reader + path, options.seconds, headers)
                    copy_path, size = copies[name]
                    copy_rate, copy_line = measure(
                        f"  static copy, {size} B", reader + copy_path, options.seconds, headers
                    )
                    lines += [
                        page_line,
                        copy_line,
                        f"  ratio page / static copy: {page_rate / copy_rate:.2f}",
                    ]
                for kind in ("publish", "approve"):
                    seconds = [purge_latency(env, reader, host, kind) for _ in range(3)]
                    lines.append(
                        f"{kind} -> visible through Varnish: " + ", ".join(f"{s:.3f} s" for s in seconds)
                    )
                varnish.terminate()
                varnish.wait()
        lines.append(f"10M-step Python loop: {loop_before:.2f} s before, {loop_seconds():.2f} s after")
        report = "\n".join(lines)
        print(report)
        suffix = "-front-cache" if options.front_cache else ""
        (RESULTS / f"pages-{options.articles}{suffix}.txt").write_text(report + "\n", encoding="utf-8")
    finally:
        if varnish and varnish.poll() is None:
            varnish.terminate()
        server.terminate()
        server.wait()
        for copy_path, _ in copies.values():
            (ROOT / "staticfiles" / copy_path.removeprefix("/static/")).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
