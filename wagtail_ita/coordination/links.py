"""Check the URLs submitted to ITAS: each must answer 200 and every document its page links must open.

The URLs are fetched over HTTP from the site's public address, as the NACC evaluator does
(:mod:`.fetching`: concurrently, with a timeout, following redirects); ``offline=True`` renders them
in-process instead (:mod:`.offline`), for a machine that cannot reach its own site and for the admin.
Documents are checked by their stored content (:func:`~wagtail_ita.compliance.files.document_opens`).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from wagtail_ita.blocks.values import documents_in
from wagtail_ita.compliance.files import document_opens
from wagtail_ita.conf import get_setting

from . import fetching
from . import offline as in_process

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


def check_reachable(year_page, timeout=fetching.DEFAULT_TIMEOUT):
    """Raise :class:`RootURLError` unless ``year_page``'s site answers over HTTP at its root URL (any status)."""
    root_url = year_page.get_site().root_url
    answer = fetching.fetch(root_url + "/", timeout=timeout)
    if answer.error:
        raise RootURLError(
            _(
                "The site's address %(url)s cannot be reached from this computer: %(reason)s. Check the site's "
                "hostname and port in Settings → Sites, or pass --offline to check the pages in-process"
            )
            % {"url": root_url, "reason": answer.error}
        )


@dataclass
class LinkReport:
    """Problems found per item code, in Thai; empty when every URL answers and every document opens.

    ``answers`` holds what each item's URL answered (:class:`~.fetching.Answer`, by item code);
    ``notes`` the URLs that answer 200 only after a redirect (not a problem: the evaluator follows it).
    """

    problems: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    answers: dict = field(default_factory=dict)

    def add(self, code, message):
        self.problems.append(f"{code}: {message}")

    def __bool__(self):
        return bool(self.problems)


def page_documents(page):
    """Every document chosen anywhere in ``page``'s published body, once each, in order."""
    seen, documents = set(), []
    for block in page.body if page is not None else ():
        for document in documents_in(block.value):
            if document.pk not in seen:
                seen.add(document.pk)
                documents.append(document)
    return documents


def fetch_answers(
    urls,
    offline=False,
    timeout=fetching.DEFAULT_TIMEOUT,
    workers=fetching.DEFAULT_WORKERS,
    progress=None,
    body=False,
):
    """``{url: Answer}``: over HTTP, or rendered in-process when ``offline``."""
    if offline:
        return in_process.fetch_all(urls, progress=progress)
    return fetching.fetch_all(urls, timeout=timeout, workers=workers, progress=progress, body=body)


def _describe(answer):
    if answer.redirected:
        return _("%(url)s → %(final)s") % {"url": answer.url, "final": answer.final_url}
    return answer.url


def check_links(
    statuses,
    opens=document_opens,
    *,
    offline=False,
    timeout=fetching.DEFAULT_TIMEOUT,
    workers=fetching.DEFAULT_WORKERS,
    progress=None,
):
    """A :class:`LinkReport` for ``statuses``: each URL must answer 200, each linked document must open."""
    report = LinkReport()
    answers = fetch_answers(
        [status.url for status in statuses if status.url], offline, timeout=timeout, workers=workers, progress=progress
    )
    for status in statuses:
        if not status.url:
            report.add(status.code, _("there is no page for this item yet"))
            continue
        answer = report.answers[status.code] = answers[status.url]
        if answer.error:
            report.add(status.code, _("%(url)s: %(error)s") % {"url": _describe(answer), "error": answer.error})
        elif answer.status != 200:
            report.add(
                status.code,
                _("%(url)s answers %(status)s instead of 200") % {"url": _describe(answer), "status": answer.status},
            )
        elif answer.redirected:
            report.notes.append(
                f"{status.code}: "
                + _("%(url)s redirects to %(final)s (200)") % {"url": answer.url, "final": answer.final_url}
            )
        for document in page_documents(status.page):
            if not opens(document):
                report.add(status.code, _("document “%(title)s” does not open") % {"title": document.title})
    return report
