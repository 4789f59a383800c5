"""Median render time of the public ITA pages, as a ratio to the site's home page (target: ≤ 2x).

Run from ``example_site/`` on a database that holds the demo::

    cd example_site && ../.venv/bin/python ../benchmarks/render.py            # the configured database
    cd example_site && ../.venv/bin/python ../benchmarks/render.py --build    # a fresh demo in a temp SQLite DB

Every page is requested through Django's test client (routing, middleware, templates, queries — no
network), warmed up once, then timed ``--runs`` times in one process, so the pages are compared side by
side under the same conditions. The heaviest item pages are those with the largest stored body.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="build the demo in a temporary SQLite database first")
    parser.add_argument("--runs", type=int, default=30, help="timed requests per page (default 30)")
    parser.add_argument("--heaviest", type=int, default=5, help="how many of the heaviest item pages (default 5)")
    return parser.parse_args()


def setup_django(build):
    sys.path[:0] = [str(ROOT / "example_site"), str(ROOT)]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.dev")
    if build:
        workdir = Path(tempfile.mkdtemp(prefix="ita-bench-"))
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'db.sqlite3'}"
        os.environ["MEDIA_ROOT"] = str(workdir / "media")
    import django
    from django.conf import settings

    django.setup()
    settings.DEBUG = False  # as in production: no query log, no debug context
    if build:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        call_command("ita_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


def median_ms(client, path, host, runs):
    response = client.get(path, HTTP_HOST=host)
    if response.status_code != 200:
        raise SystemExit(f"{path}: HTTP {response.status_code}")
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(path, HTTP_HOST=host)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def pages_to_measure(heaviest):
    from wagtail.models import Site

    from wagtail_ita.models import AssessmentYearPage

    site = Site.objects.get(is_default_site=True)
    year_page = AssessmentYearPage.objects.live().order_by("-year").first()
    if year_page is None:
        raise SystemExit("No live ITA year page: run `python manage.py ita_demo` or pass --build")
    items = sorted(
        year_page.get_children().live().specific(),
        key=lambda page: len(str(page.body.raw_data)),
        reverse=True,
    )[:heaviest]
    host = f"{site.hostname}:{site.port}"
    paths = [("home page", "/"), ("year index", year_page.url), ("open data JSON", year_page.url + "open-data/json/")]
    paths += [(f"{page.item_code} ({len(page.body)} blocks)", page.url) for page in items]
    return host, paths


def main():
    args = parse_args()
    setup_django(args.build)
    from django.test import Client

    host, paths = pages_to_measure(args.heaviest)
    client = Client()
    results = [(label, path, median_ms(client, path, host, args.runs)) for label, path in paths]
    home = results[0][2]
    print(f"median of {args.runs} renders, ratio to the home page (target ≤ 2x)")
    print(f"{'page':28} {'path':32} {'ms':>8} {'ratio':>7}")
    for label, path, ms in results:
        print(f"{label:28} {path:32} {ms:8.2f} {ms / home:6.2f}x")


if __name__ == "__main__":
    main()
