#!/usr/bin/env python3
"""Pages under load while Redis stops: how many answers were not 2xx or 3xx.

Serves the 1,000-article database of bench/pages.py (build it first) with gunicorn (2 sync
workers, production settings) and a Redis of its own on a free port, loads a mix of pages
with wrk (home, category, article, search, feed, sitemap) for a while with Redis up, stops
Redis, and loads them again.

    .venv/bin/python bench/redis_outage.py --seconds 60

Needs wrk and redis-server (Debian: apt-get install wrk redis-server). Run by hand.
"""

import argparse
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import RESULTS, SEED_ARTICLE, start_gunicorn

PATHS = ["/", "/tin-tuc/thoi-su-tong-hop/", SEED_ARTICLE, "/tim-kiem/?q=mot+cua", "/rss.xml", "/sitemap.xml"]
MIX = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def load(base, seconds, script):
    output = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{seconds}s", "-s", script, base],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    total = int(re.search(r"(\d+) requests in", output).group(1))
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return total, int(failed.group(1)) if failed else 0


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--port", type=int, default=8300)
    options = parser.parse_args()
    database = RESULTS / "articles-1000.sqlite3"
    if not database.exists():
        sys.exit("Build the database first: .venv/bin/python bench/pages.py --articles 1000")
    redis_port = free_port()
    redis = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(redis_port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "*",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"sqlite:///{database}",
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
    }
    time.sleep(0.5)
    server = start_gunicorn(env, options.port)
    try:
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(MIX % ", ".join(f'"{path}"' for path in PATHS))
        base = f"http://127.0.0.1:{options.port}"
        up = load(base, max(5, options.seconds // 4), script.name)
        redis.terminate()
        redis.wait()
        down = load(base, options.seconds, script.name)
        report = (
            f"gunicorn 2 workers, pages {', '.join(PATHS[:3])} …\n"
            f"Redis up:      {up[0]} requests, {up[1]} not 2xx/3xx\n"
            f"Redis stopped: {down[0]} requests over {options.seconds} s, {down[1]} not 2xx/3xx"
        )
        print(report)
        (RESULTS / "redis-outage.txt").write_text(report + "\n", encoding="utf-8")
        Path(script.name).unlink()
    finally:
        server.terminate()
        server.wait()
        if redis.poll() is None:
            redis.terminate()


if __name__ == "__main__":
    main()
