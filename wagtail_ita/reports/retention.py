"""Keeping cases no longer than needed, and moving them to the newest key.

:func:`purge` erases the content, identity, messages and files of cases closed longer ago than
``WAGTAIL_ITA_REPORT_RETENTION_DAYS`` and keeps their number, dates and status, so O29's statistics
never lose a case. :func:`reencrypt` rewrites every token and file under the first key of
``WAGTAIL_ITA_REPORT_KEYS`` so an old key can then be removed.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from wagtail_ita.conf import get_setting

from . import crypto, files


def purge_cutoff(now=None):
    return (now or timezone.now()) - timedelta(days=int(get_setting("REPORT_RETENTION_DAYS")))


def purgeable(now=None):
    from wagtail_ita.models.reports import CLOSED_STATUSES, CorruptionReport

    return CorruptionReport.objects.filter(
        status__in=CLOSED_STATUSES, closed_at__lt=purge_cutoff(now), purged_at__isnull=True
    )


def purge(now=None, dry_run=False):
    """Erase what purgeable cases hold; return their case numbers."""
    from wagtail_ita.models.reports import CaseAttachment, CaseMessage

    cases = list(purgeable(now))
    if dry_run:
        return [case.case_number for case in cases]
    now = now or timezone.now()
    for case in cases:
        names = list(CaseAttachment.objects.filter(case=case).values_list("stored_name", flat=True))
        with transaction.atomic():
            CaseAttachment.objects.filter(case=case).delete()
            CaseMessage.objects.filter(case=case).update(body="")
            case.content = case.identity = ""
            case.purged_at = now
            case.save(update_fields=["content", "identity", "purged_at"])
        for name in names:  # after the commit: a failed transaction keeps both rows and files
            files.delete(name)
    return [case.case_number for case in cases]


@dataclass
class ReencryptReport:
    cases: int = 0
    messages: int = 0
    files: int = 0


def _rotate_text(token):
    return crypto.rotate(token.encode("ascii")).decode("ascii") if token else token


def reencrypt():
    """Re-encrypt every case, message and attachment under the newest key."""
    from wagtail_ita.models.reports import CaseAttachment, CaseMessage, CorruptionReport

    report = ReencryptReport()
    for case in CorruptionReport.objects.exclude(content="", identity="").iterator():
        with transaction.atomic():
            case.content, case.identity = _rotate_text(case.content), _rotate_text(case.identity)
            case.save(update_fields=["content", "identity"])
        report.cases += 1
    for message in CaseMessage.objects.exclude(body="").iterator():
        CaseMessage.objects.filter(pk=message.pk).update(body=_rotate_text(message.body))
        report.messages += 1
    storage = files.report_storage()
    for attachment in CaseAttachment.objects.iterator():
        with storage.open(attachment.stored_name, "rb") as handle:
            rotated = crypto.rotate(handle.read())
        new_name = files.save_raw(rotated)
        with transaction.atomic():
            CaseAttachment.objects.filter(pk=attachment.pk).update(
                stored_name=new_name, meta=_rotate_text(attachment.meta)
            )
        files.delete(attachment.stored_name)
        report.files += 1
    return report
