"""Record a submission snapshot of a year: every item's live revision, rendered HTML and document hashes."""

import hashlib

from django.db import transaction

from wagtail_ita.models import Snapshot, SnapshotItem
from wagtail_ita.status import year_statuses

from .fetching import DEFAULT_TIMEOUT, DEFAULT_WORKERS
from .links import fetch_answers, page_documents


def document_record(document, root_url):
    """Title, absolute URL, SHA-256 and size of ``document``'s file as stored now (``None`` values if unreadable)."""
    digest, size = hashlib.sha256(), 0
    try:
        with document.file.open("rb") as fh:
            for chunk in iter(lambda: fh.read(65536), b""):
                digest.update(chunk)
                size += len(chunk)
    except (OSError, ValueError):
        return {"title": document.title, "url": root_url + document.url, "sha256": None, "size": None}
    return {"title": document.title, "url": root_url + document.url, "sha256": digest.hexdigest(), "size": size}


def _root_url(page):
    site = page.get_site()
    return site.root_url if site is not None else ""


def take_snapshot(
    year, user=None, note="", statuses=None, *, offline=False, timeout=DEFAULT_TIMEOUT, workers=DEFAULT_WORKERS
):
    """Create and return a :class:`~wagtail_ita.models.Snapshot` of every item of ``year`` as the public sees it now.

    Each live page's HTML is fetched over HTTP from the site's address (redirects followed), or rendered
    in-process when ``offline``; an address that does not answer is kept with an empty status.
    """
    statuses = year_statuses(year) if statuses is None else statuses
    live = [status for status in statuses if status.page is not None and status.page.live]
    answers = fetch_answers([status.url for status in live], offline, timeout=timeout, workers=workers, body=True)
    items = []
    for order, status in enumerate(statuses):
        page = status.page
        item = SnapshotItem(
            sort_order=order,
            item_code=status.code,
            title=status.title,
            url=status.url or "",
            status=status.status,
            reasons=status.reasons,
        )
        if page is not None and page.live:
            answer = answers.get(status.url)
            if answer is not None:
                item.http_status, item.html = answer.status, answer.html
            item.revision = page.live_revision
            item.revision_pk = page.live_revision_id
            root_url = _root_url(page)
            item.documents = [document_record(document, root_url) for document in page_documents(page)]
        items.append(item)
    with transaction.atomic():
        snapshot = Snapshot.objects.create(year=year, created_by=user, note=note)
        for item in items:
            item.snapshot = snapshot
        SnapshotItem.objects.bulk_create(items)
    return snapshot
