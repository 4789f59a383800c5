from pathlib import Path

from django.core.management.base import CommandError

from wagtail_ita.coordination.exports import FORMATS, write_export
from wagtail_ita.coordination.links import RootURLError, check_links, check_root_url
from wagtail_ita.coordination.snapshots import take_snapshot
from wagtail_ita.frameworks import FrameworkError
from wagtail_ita.management.base import ITACommand
from wagtail_ita.status import find_year_page, year_statuses


class Command(ITACommand):
    input_errors = (FrameworkError, RootURLError)
    help = (
        "Write the list of item URLs for the NACC's ITAS system (CSV or XLSX), after checking that every URL "
        "answers and every linked document opens."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--format", choices=FORMATS, default="csv")
        parser.add_argument("--output", help="file to write (default: ita-<year>-urls.<format>)")
        parser.add_argument(
            "--allow-local", action="store_true", help="accept a site on localhost/127.0.0.1 (for a local test)"
        )
        parser.add_argument("--snapshot", action="store_true", help="also record a submission snapshot")

    def handle(self, *args, year, format, output, allow_local, snapshot, **options):
        statuses = year_statuses(year)
        check_root_url(find_year_page(year), allow_local=allow_local)
        report = check_links(statuses)
        path = Path(output or f"ita-{year}-urls.{format}")
        with path.open("wb") as fh:
            rows = write_export(statuses, format, fh, year)
        self.stdout.write(f"ITA {year}: {len(rows)} items written to {path}")
        if snapshot:
            recorded = take_snapshot(year, note="ita_export_urls", statuses=statuses)
            self.stdout.write(f"Snapshot {recorded.pk} recorded ({recorded.items.count()} items)")
        for problem in report.problems:
            self.stderr.write(problem)
        if report:
            raise CommandError(
                f"{len(report.problems)} problems found (listed above); the file was written anyway", returncode=1
            )
