import argparse
import math
from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from wagtail_ita.coordination.exports import FORMATS, write_export
from wagtail_ita.coordination.fetching import DEFAULT_TIMEOUT, DEFAULT_WORKERS
from wagtail_ita.coordination.links import RootURLError, check_links, check_reachable, check_root_url
from wagtail_ita.coordination.snapshots import take_snapshot
from wagtail_ita.frameworks import FrameworkError
from wagtail_ita.management.base import ITACommand
from wagtail_ita.status import find_year_page, year_statuses


def positive(kind):
    def parse(value):
        try:
            number = kind(value)
        except ValueError:
            number = 0
        if not (math.isfinite(number) and number > 0):
            raise argparse.ArgumentTypeError(f"must be a number above 0, not {value!r}")
        return number

    return parse


class Command(ITACommand):
    input_errors = (FrameworkError, RootURLError)
    help = (
        "Write the list of item URLs for the NACC's ITAS system (CSV or XLSX), after checking that every URL "
        "answers over HTTP from the site's address and every linked document opens."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--format", choices=FORMATS, default="csv")
        parser.add_argument("--output", help="file to write (default: ita-<year>-urls.<format>)")
        parser.add_argument(
            "--allow-local", action="store_true", help="accept a site on localhost/127.0.0.1 (for a local test)"
        )
        parser.add_argument("--snapshot", action="store_true", help="also record a submission snapshot")
        parser.add_argument(
            "--offline",
            action="store_true",
            help="render the pages in-process instead of fetching them over HTTP (a machine that cannot reach its site)",
        )
        parser.add_argument(
            "--timeout",
            type=positive(float),
            default=DEFAULT_TIMEOUT,
            help=f"seconds to wait for each URL (default {DEFAULT_TIMEOUT})",
        )
        parser.add_argument(
            "--workers",
            type=positive(int),
            default=DEFAULT_WORKERS,
            help=f"URLs fetched at the same time (default {DEFAULT_WORKERS})",
        )

    def handle(self, *args, year, format, output, allow_local, snapshot, offline, timeout, workers, **options):
        statuses = year_statuses(year)
        year_page = find_year_page(year)
        check_root_url(year_page, allow_local=allow_local)
        if not offline:
            check_reachable(year_page, timeout=timeout)
        fetch_options = {"offline": offline, "timeout": timeout, "workers": workers}
        report = check_links(statuses, progress=self.progress(), **fetch_options)
        path = Path(output or f"ita-{year}-urls.{format}")
        try:
            with path.open("wb") as fh:
                rows = write_export(statuses, format, fh, year)
        except OSError as exc:
            raise CommandError(
                _("Cannot write %(path)s: %(error)s") % {"path": path, "error": exc.strerror or exc}, returncode=2
            ) from None
        self.stdout.write(f"ITA {year}: {len(rows)} items written to {path}")
        for note in report.notes:
            self.stdout.write(note)
        if snapshot:
            recorded = take_snapshot(year, note="ita_export_urls", statuses=statuses, **fetch_options)
            self.stdout.write(f"Snapshot {recorded.pk} recorded ({recorded.items.count()} items)")
        for problem in report.problems:
            self.stderr.write(problem)
        if report:
            raise CommandError(
                f"{len(report.problems)} problems found (listed above); the file was written anyway", returncode=1
            )

    def progress(self):
        """A progress line on stderr that rewrites itself, only when stderr is a terminal (never in a log)."""
        if not self.stderr.isatty():
            return None

        def show(done, total):
            message = _("Checking the URLs: %(done)s/%(total)s") % {"done": done, "total": total}
            self.stderr.write(f"\r{message}", style_func=str, ending="\n" if done == total else "")
            self.stderr.flush()

        return show
