"""The base of the app's management commands."""

from django.core.management.base import BaseCommand
from django.utils import translation

from wagtail_ita.conf import get_setting


class ITACommand(BaseCommand):
    """A command whose output and the content it creates are in the ITA language (Thai by default).

    The NACC assesses Thai agencies in Thai: page titles, group names and the reasons an item is
    incomplete must be Thai even on a site whose ``LANGUAGE_CODE`` is English.
    """

    def execute(self, *args, **options):
        with translation.override(get_setting("LANGUAGE")):
            return super().execute(*args, **options)
