"""Fetch the site's own pages in-process and list the documents they link to: no network involved.

The URLs submitted to ITAS must answer 200 and their documents must open. Both are checked from inside
the project, through Django's request handler with the site's hostname, so the check works behind a
firewall and on a staging copy alike.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.test import Client
from django.utils.translation import gettext as _

from wagtail_ita.blocks.values import documents_in
from wagtail_ita.compliance.files import document_opens
from wagtail_ita.conf import get_setting

LOCAL_HOSTNAMES = {"localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0", "testserver"}  # noqa: S104 - names, not a bind


class RootURLError(Exception):
    """The section's pages have no public URL the NACC evaluator could open; the message says why."""


def check_root_url(year_page, allow_local=False):
    """Raise :class:`RootURLError` unless ``year_page``'s site has a URL that works outside this computer.

    A local hostname passes while ``DEBUG`` is on (a developer's machine), with ``allow_local`` or with the
    setting ``WAGTAIL_ITA_ALLOW_LOCAL_URLS``.
    """
    if year_page is None:
        raise RootURLError(_("There is no ITA section for this year yet: run ita_setup first"))
    site = year_page.get_site()
    if site is None:
        raise RootURLError(_("The ITA section is not under any site, so its pages have no public URL"))
    if site.hostname in LOCAL_HOSTNAMES and not (settings.DEBUG or allow_local or get_setting("ALLOW_LOCAL_URLS")):
        raise RootURLError(
            _(
                "The site's address is %(url)s, which only this computer can open. Set the site's real "
                "hostname in Settings → Sites, or pass --allow-local for a local test"
            )
            % {"url": site.root_url}
        )


@dataclass
class Fetched:
    status_code: int
    html: str


@dataclass
class LinkReport:
    """Problems found per item code, in Thai; empty when every URL answers and every document opens."""

    problems: list = field(default_factory=list)

    def add(self, code, message):
        self.problems.append(f"{code}: {message}")

    def __bool__(self):
        return bool(self.problems)


def fetch(url, client=None):
    """GET ``url`` of this project in-process, with its hostname and scheme; a :class:`Fetched`."""
    parts = urlsplit(url)
    client = client or Client(raise_request_exception=False)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    response = client.get(path, HTTP_HOST=parts.netloc, secure=parts.scheme == "https")
    html = response.content.decode(response.charset or "utf-8", "replace") if hasattr(response, "content") else ""
    return Fetched(response.status_code, html)


def page_documents(page):
    """Every document chosen anywhere in ``page``'s published body, once each, in order."""
    seen, documents = set(), []
    for block in page.body if page is not None else ():
        for document in documents_in(block.value):
            if document.pk not in seen:
                seen.add(document.pk)
                documents.append(document)
    return documents


def check_links(statuses, opens=document_opens):
    """A :class:`LinkReport` for ``statuses``: each URL must answer 200, each linked document must open."""
    report = LinkReport()
    client = Client(raise_request_exception=False)
    for status in statuses:
        if not status.url:
            report.add(status.code, _("there is no page for this item yet"))
            continue
        answer = fetch(status.url, client).status_code
        if answer != 200:
            report.add(
                status.code, _("%(url)s answers %(status)s instead of 200") % {"url": status.url, "status": answer}
            )
        for document in page_documents(status.page):
            if not opens(document):
                report.add(status.code, _("document “%(title)s” does not open") % {"title": document.title})
    return report
