from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from wagtail_ita.conf import get_setting
from wagtail_ita.reports import crypto
from wagtail_ita.reports.retention import purge


class Command(BaseCommand):
    help = (
        "Erase the content, reporter and files of corruption reports closed longer ago than "
        "WAGTAIL_ITA_REPORT_RETENTION_DAYS; keep their case number, dates and status for the statistics."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="list the cases without erasing anything")

    def handle(self, *args, dry_run, **options):
        with translation.override(get_setting("LANGUAGE")):
            days = get_setting("REPORT_RETENTION_DAYS")
            if not isinstance(days, int) or days < 1:
                raise CommandError(
                    f"WAGTAIL_ITA_REPORT_RETENTION_DAYS must be a whole number of days, not {days!r}", returncode=2
                )
            numbers = purge(dry_run=dry_run)
            for number in numbers:
                self.stdout.write(f"{'would erase' if dry_run else 'erased'} {number}")
            self.stdout.write(
                f"{len(numbers)} cases {'to erase' if dry_run else 'erased'} (closed more than {days} days ago)"
            )
            if crypto.keys_problem() and numbers:
                self.stderr.write(str(crypto.keys_problem()))
