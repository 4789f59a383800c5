"""The base of the app's management commands."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from wagtail_ita.conf import get_setting
from wagtail_ita.frameworks import FrameworkError


class ITACommand(BaseCommand):
    """A command about one assessment year, whose output and the content it creates are in the ITA language.

    The NACC assesses Thai agencies in Thai: page titles, group names and the reasons an item is
    incomplete must be Thai (``WAGTAIL_ITA_LANGUAGE``) even on a site whose ``LANGUAGE_CODE`` is English.
    Every command takes ``--year``; an error in its input (``input_errors``) ends it with a clear
    message and exit code 2.
    """

    input_errors = (FrameworkError,)

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True, help="assessment year, Buddhist era (e.g. 2566)")

    def execute(self, *args, **options):
        with translation.override(get_setting("LANGUAGE")):
            try:
                return super().execute(*args, **options)
            except self.input_errors as exc:
                raise CommandError(str(exc), returncode=2) from exc
