"""System checks of the report channel: ``manage.py check`` says when reports cannot be taken."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from . import crypto
from .files import report_files_root


@register(Tags.security)
def check_report_keys(app_configs=None, **kwargs):
    keys = crypto.configured_keys()
    problem = crypto.keys_problem()
    if not keys:
        return [
            Warning(
                str(problem),
                hint="Set WAGTAIL_ITA_REPORT_KEYS (from the environment) to a list of Fernet keys; see docs/channels.md.",
                id="wagtail_ita.W001",
            )
        ]
    if problem:
        return [Error(str(problem), hint="Generate keys with Fernet.generate_key().", id="wagtail_ita.E001")]
    return []


@register(Tags.security)
def check_report_files_root(app_configs=None, **kwargs):
    root = report_files_root().resolve()
    public = [Path(p).resolve() for p in (settings.MEDIA_ROOT, getattr(settings, "STATIC_ROOT", None)) if p]
    if any(root == folder or folder in root.parents for folder in public):
        return [
            Error(
                "The folder of encrypted report attachments is inside MEDIA_ROOT or STATIC_ROOT, which the site serves.",
                hint="Set WAGTAIL_ITA_REPORT_FILES_ROOT to a folder outside them.",
                id="wagtail_ita.E002",
            )
        ]
    return []
