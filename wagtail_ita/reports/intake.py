"""Taking a report or a follow-up in one transaction: nothing is stored in part.

Files are written to the private storage inside the transaction and removed again if anything
fails, so a failed submission leaves neither rows nor files.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables

from wagtail_ita import page_cache
from wagtail_ita.fiscal import fiscal_year_of

from . import crypto, files
from .receipts import new_code


@dataclass(frozen=True)
class Receipt:
    case: object
    code: str


def next_number(fiscal_year):
    """The next running number of ``fiscal_year``, safe when two reports arrive at once.

    The counter row is incremented with one UPDATE, which locks it until the caller's transaction
    ends (PostgreSQL's row lock, SQLite's database lock), so no two cases get the same number.
    """
    from wagtail_ita.models.reports import CaseCounter

    for _attempt in range(3):
        if CaseCounter.objects.filter(fiscal_year=fiscal_year).update(last=F("last") + 1):
            return CaseCounter.objects.get(fiscal_year=fiscal_year).last
        try:
            with transaction.atomic():
                CaseCounter.objects.create(fiscal_year=fiscal_year, last=1)
            return 1
        except IntegrityError:  # another report created the row first: increment it
            continue
    raise RuntimeError("could not allocate a case number")


@sensitive_variables()
def _store_files(uploads, written):
    stored = []
    for upload in uploads:
        name = files.save_encrypted(upload["data"])
        written.append(name)
        meta = crypto.encrypt_json({"name": upload["name"], "type": upload["type"], "size": len(upload["data"])})
        stored.append((name, meta))
    return stored


@sensitive_variables()
def create_case(page, content, identity, uploads, now=None):
    """Store a new case; return a :class:`Receipt` with the only copy of its receipt code."""
    from wagtail_ita.models.reports import CaseAttachment, CorruptionReport

    now = now or timezone.now()
    code = new_code()
    written = []
    try:
        with transaction.atomic():
            year = fiscal_year_of(timezone.localtime(now).date())
            case = CorruptionReport.objects.create(
                page=page,
                fiscal_year=year,
                number=next_number(year),
                received_at=now,
                status_changed_at=now,
                anonymous=not identity,
                content=crypto.encrypt_json(content),
                identity=crypto.encrypt_json(identity),
                receipt_hash=crypto.keyed_hashes(code.replace("-", ""))[0],
            )
            for name, meta in _store_files(uploads, written):
                CaseAttachment.objects.create(case=case, stored_name=name, meta=meta, created_at=now)
    except BaseException:
        for name in written:
            files.delete(name)
        raise
    page_cache.bump()  # O29 pages count cases: cached copies are stale now
    return Receipt(case, code)


def find_case(code):
    """The case whose receipt code is ``code`` (already normalised), or ``None``."""
    from wagtail_ita.models.reports import CorruptionReport

    if not code:
        return None
    hashes = crypto.keyed_hashes(code)
    case = CorruptionReport.objects.filter(receipt_hash__in=hashes).first()
    if case is not None and case.receipt_hash != hashes[0]:
        # Issued under an older key: re-hash under the newest now that the code is known.
        CorruptionReport.objects.filter(pk=case.pk).update(receipt_hash=hashes[0])
    return case


@sensitive_variables()
def add_information(case, text, uploads):
    """The reporter adds information and/or files to an open case."""
    from wagtail_ita.models.reports import CaseAttachment, CaseMessage

    written = []
    try:
        with transaction.atomic():
            if text:
                CaseMessage.objects.create(case=case, sender=CaseMessage.FROM_REPORTER, body=crypto.encrypt_json(text))
            for name, meta in _store_files(uploads, written):
                CaseAttachment.objects.create(case=case, stored_name=name, meta=meta)
    except BaseException:
        for name in written:
            files.delete(name)
        raise
