from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from wagtail_ita.conf import get_setting
from wagtail_ita.reports import crypto
from wagtail_ita.reports.retention import reencrypt


class Command(BaseCommand):
    help = (
        "Re-encrypt every corruption report, message and attachment under the first key of "
        "WAGTAIL_ITA_REPORT_KEYS, so an older key can be removed from the list afterwards."
    )

    def handle(self, *args, **options):
        with translation.override(get_setting("LANGUAGE")):
            problem = crypto.keys_problem()
            if problem:
                raise CommandError(str(problem), returncode=2)
            try:
                report = reencrypt()
            except crypto.InvalidToken:
                raise CommandError(
                    "A stored report does not decrypt with any configured key: put the old key back in "
                    "WAGTAIL_ITA_REPORT_KEYS (after the new one) and run again.",
                    returncode=2,
                ) from None
            self.stdout.write(
                f"re-encrypted {report.cases} cases, {report.messages} messages and {report.files} files under the newest key"
            )
