"""Load run of the public ITA section under gunicorn on PostgreSQL, cached and uncached, beside the home page.

    .venv/bin/python benchmarks/load.py --build          # first run: (re)create the database and the demo
    .venv/bin/python benchmarks/load.py                  # again on the same database

It starts the example site with ``example_site.settings.production`` under gunicorn (``--workers``, default
2) on loopback only (``127.0.0.1:--port``), with Redis as the shared cache when ``redis-server`` is
installed (Debian: ``apt-get install redis-server``; started on ``--redis-port`` with no persistence),
else a per-process cache. Then ``--clients`` Python threads (default 8) request the home page, the year
index, the five heaviest item pages and the open data (JSON and CSV) round-robin for ``--duration`` seconds
(default 20), once with the page cache off (``WAGTAIL_ITA_PAGE_CACHE_SECONDS=0``) and once on. It prints,
per page, requests, requests per second, p50/p95/p99 in ms and errors. Target on a 2-core machine:
cached pages p95 under 50 ms with 8 clients, zero errors. A benchmark, not a test: it asserts nothing.

Needs ``pip install -e .[deploy]`` (gunicorn, psycopg, redis) and PostgreSQL at ``--database`` (default
``postgres://postgres@127.0.0.1:5432/wita_load``; the database is dropped and recreated by ``--build``).
"""

import argparse
import http.client
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "example_site"
BIN = Path(sys.executable).parent


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="postgres://postgres@127.0.0.1:5432/wita_load")
    parser.add_argument("--build", action="store_true", help="drop and recreate the database with the demo")
    parser.add_argument("--port", type=int, default=8108)
    parser.add_argument("--redis-port", type=int, default=6408)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--duration", type=float, default=20.0, help="seconds of load per pass")
    parser.add_argument("--only", choices=["cached", "uncached"], help="run one pass only")
    return parser.parse_args()


def environment(args, media_root, cache_url, page_cache):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "WAGTAIL_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="example_site.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="false",  # plain HTTP on loopback
        DATABASE_URL=args.database,
        DATABASE_STATEMENT_TIMEOUT_MS="0",  # ita_demo on a slow machine
        CACHE_URL=cache_url,
        MEDIA_ROOT=str(media_root),
        DJANGO_STATIC_ROOT=str(media_root.parent / "static"),
        WAGTAIL_ITA_PAGE_CACHE_SECONDS="3600" if page_cache else "0",
        WAGTAIL_ITA_REPORT_KEYS=args.report_key,
        PYTHONPATH=f"{SITE}{os.pathsep}{ROOT}",
    )
    return env


def manage(env, *command):
    subprocess.run([str(BIN / "python"), "manage.py", *command], cwd=SITE, env=env, check=True)


def build(args, env):
    import psycopg

    parts = urlsplit(args.database)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "ita_demo")


def start_redis(args):
    if not shutil.which("redis-server"):
        print("redis-server not installed: per-process cache (apt-get install redis-server for a shared one)")
        return None, ""
    process = subprocess.Popen(
        ["redis-server", "--port", str(args.redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    return process, f"redis://127.0.0.1:{args.redis_port}/0"


def start_gunicorn(args, env):
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "example_site.wsgi:application",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.workers),
            "--timeout",
            "60",
            "--log-level",
            "warning",
        ],
        cwd=SITE,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            status, _ = fetch(args.port, "/")
            if status:
                return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit("gunicorn did not answer within 60 s")


def fetch(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": "localhost"})
        response = connection.getresponse()
        body = response.read()
        return response.status, body
    finally:
        connection.close()


def pages(env):
    code = (
        "import django; django.setup()\n"
        "from wagtail_ita.models import AssessmentYearPage\n"
        "y = AssessmentYearPage.objects.live().order_by('-year').first()\n"
        "items = sorted(y.get_children().live().specific(), key=lambda p: len(str(p.body.raw_data)), reverse=True)\n"
        "print(y.url_path)\n"
        "for p in items[:5]: print(p.url_path)\n"
    )
    out = subprocess.run(
        [str(BIN / "python"), "-c", code], cwd=SITE, env=env, check=True, capture_output=True, text=True
    )
    paths = out.stdout.split()
    # url_path starts with the root page's slug (/home/…); the site serves it from /.
    paths = ["/" + path.strip("/").split("/", 1)[1] + "/" for path in paths]
    year, items = paths[0], paths[1:]
    return (
        [("home page", "/"), ("year index", year)]
        + [(p.strip("/").rsplit("/", 1)[-1], p) for p in items]
        + [
            ("open data JSON", year + "open-data/json/"),
            ("open data CSV", year + "open-data/csv/"),
        ]
    )


def load(port, targets, clients, duration):
    timings = {name: [] for name, _ in targets}
    errors = {name: 0 for name, _ in targets}
    lock = threading.Lock()
    stop = time.monotonic() + duration

    def client(offset):
        index = offset
        while time.monotonic() < stop:
            name, path = targets[index % len(targets)]
            index += 1
            start = time.perf_counter()
            try:
                status, _body = fetch(port, path)
                ok = status == 200
            except OSError:
                ok = False
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                if ok:
                    timings[name].append(elapsed)
                else:
                    errors[name] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return timings, errors


def percentile(values, share):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(share * (len(values) - 1))))]


def report(label, targets, timings, errors, duration):
    print(f"\n{label}")
    print(f"{'page':<18} {'requests':>8} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}")
    for name, _path in targets:
        values = timings[name]
        print(
            f"{name:<18} {len(values):>8} {len(values) / duration:>7.1f} "
            f"{statistics.median(values) if values else float('nan'):>8.1f} "
            f"{percentile(values, 0.95):>8.1f} {percentile(values, 0.99):>8.1f} {errors[name]:>6}"
        )
    total = sum(len(v) for v in timings.values())
    print(f"{'all':<18} {total:>8} {total / duration:>7.1f} {'':>8} {'':>8} {'':>8} {sum(errors.values()):>6}")


def main():
    args = parse_args()
    from cryptography.fernet import Fernet

    args.report_key = Fernet.generate_key().decode()  # throwaway: the load run reads no report
    workdir = Path(tempfile.gettempdir()) / "ita-load"  # kept: the demo's media belong with its database
    media_root = workdir / "media"
    media_root.mkdir(parents=True, exist_ok=True)
    redis, cache_url = start_redis(args)
    try:
        env = environment(args, media_root, cache_url, page_cache=True)
        if args.build:
            build(args, env)
        manage(env, "collectstatic", "--noinput", "-v0")
        targets = pages(env)
        print(
            f"gunicorn {args.workers} workers, {args.clients} clients, {args.duration:.0f} s per pass, "
            f"cache: {'Redis' if cache_url else 'per process'}, {os.cpu_count()} CPUs"
        )
        passes = [("uncached", False), ("cached", True)]
        for label, page_cache in passes:
            if args.only and args.only != label:
                continue
            server = start_gunicorn(args, environment(args, media_root, cache_url, page_cache))
            try:
                for _name, path in targets:  # warm up (and fill the cache)
                    fetch(args.port, path)
                timings, errors = load(args.port, targets, args.clients, args.duration)
                report(f"{label} (page cache {'on' if page_cache else 'off'})", targets, timings, errors, args.duration)
            finally:
                server.send_signal(signal.SIGTERM)
                server.wait(timeout=30)
    finally:
        if redis is not None:
            redis.terminate()
            redis.wait(timeout=10)


if __name__ == "__main__":
    main()
