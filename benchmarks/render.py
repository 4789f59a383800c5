"""Median render time of the public ITA pages, as a ratio to the site's home page (target: ≤ 1.5x).

Run from ``example_site/`` on a database that holds the demo::

    cd example_site && ../.venv/bin/python ../benchmarks/render.py            # the configured database
    cd example_site && ../.venv/bin/python ../benchmarks/render.py --build    # a fresh demo in a temp SQLite DB

Every page is requested through Django's test client (routing, middleware, templates, queries — no
network), warmed up once, then timed ``--runs`` times in one process, in rounds that request each page
once, so that a busy moment of the machine falls on every page alike. The page cache is off: these are
render times. The heaviest item pages are those with the largest stored body.
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
    settings.WAGTAIL_ITA_PAGE_CACHE_SECONDS = 0  # render times, not the page cache (benchmarks/load.py has both)
    if build:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        call_command("ita_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


def median_ms(client, paths, host, runs):
    """``{path: median milliseconds}`` of ``runs`` rounds, each requesting every path once."""
    for path in paths:
        response = client.get(path, HTTP_HOST=host)
        if response.status_code != 200:
            raise SystemExit(f"{path}: HTTP {response.status_code}")
    timings = {path: [] for path in paths}
    for _ in range(runs):
        for path in paths:
            start = time.perf_counter()
            client.get(path, HTTP_HOST=host)
            timings[path].append((time.perf_counter() - start) * 1000)
    return {path: statistics.median(values) for path, values in timings.items()}


def query_counts(client, paths, host):
    """``{path: number of database queries}`` of one more request of each path."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for path in paths:
        with CaptureQueriesContext(connection) as queries:
            client.get(path, HTTP_HOST=host)
        counts[path] = len(queries.captured_queries)
    return counts


def pages_to_measure(heaviest):
    from wagtail.models import Locale, Site

    from wagtail_ita.models import AssessmentYearPage

    site = Site.objects.get(is_default_site=True)
    # The newest year with live items, in the section's own language (the demo also has an English copy).
    years = AssessmentYearPage.objects.live().filter(locale=Locale.get_default()).order_by("-year")
    year_page = next((year for year in years if year.get_children().live().exists()), None)
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
    medians = median_ms(client, [path for _label, path in paths], host, args.runs)
    queries = query_counts(client, [path for _label, path in paths], host)
    home = medians[paths[0][1]]
    print(f"median of {args.runs} renders, ratio to the home page (target ≤ 1.5x)")
    print(f"{'page':28} {'path':32} {'queries':>7} {'ms':>8} {'ratio':>7}")
    for label, path in paths:
        print(f"{label:28} {path:32} {queries[path]:7} {medians[path]:8.2f} {medians[path] / home:6.2f}x")


if __name__ == "__main__":
    main()
