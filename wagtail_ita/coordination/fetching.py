"""Fetch URLs over HTTP as the NACC evaluator does: concurrently, with a timeout, following redirects.

Standard library only (``urllib.request`` in a thread pool): no dependency for a few dozen requests.
Every failure to get an answer (unknown name, refused connection, timeout, TLS error, redirect loop)
becomes an :class:`Answer` with an ``error``, never an exception. Nothing here touches the database,
so the threads need no connection of their own.
"""

import http.client
import socket
import ssl
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from django.utils.encoding import iri_to_uri
from django.utils.translation import gettext as _

DEFAULT_TIMEOUT = 10
DEFAULT_WORKERS = 8
#: Some firewalls refuse Python's own user agent; say who is asking instead.
USER_AGENT = "Mozilla/5.0 (compatible; wagtail-ita link check)"
#: HEAD refused: ask again with GET.
HEAD_REFUSED = {405, 501}
#: The most of a page's HTML kept for a snapshot.
MAX_BODY = 10 * 1024 * 1024


@dataclass(frozen=True)
class Answer:
    """What ``url`` answered: its final HTTP ``status`` after redirects, or an ``error`` when nothing answered."""

    url: str
    status: int | None = None
    final_url: str = ""
    error: str = ""
    html: str = ""

    @property
    def ok(self):
        return self.status == 200 and not self.error

    @property
    def redirected(self):
        return bool(self.final_url) and self.final_url != self.url


def _reason(exc, timeout):
    """A short translated reason why nothing answered, from the exception urllib raised."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, TimeoutError | socket.timeout):
        return _("no answer within %(seconds)s s (timeout)") % {"seconds": f"{timeout:g}"}
    if isinstance(reason, socket.gaierror):
        return _("the name of the server is not found (DNS)")
    if isinstance(reason, ConnectionRefusedError):
        return _("the connection was refused")
    if isinstance(reason, ssl.SSLError | ssl.CertificateError):
        return _("TLS/certificate error: %(reason)s") % {"reason": getattr(reason, "reason", None) or reason}
    return _("network error: %(reason)s") % {"reason": reason or type(reason).__name__}


def ascii_url(url):
    """``url`` as HTTP sends it: a Thai domain name (``.ไทย``) in IDNA, a Thai path percent-encoded."""
    parts = urlsplit(url)
    host = (parts.hostname or "").encode("idna").decode("ascii")
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return iri_to_uri(urlunsplit(parts._replace(netloc=netloc)))


class _SameMethodRedirect(urllib.request.HTTPRedirectHandler):
    """Follows a redirect with the request's own method: a HEAD stays a HEAD (Python before 3.13 asks the
    new address with a GET, downloading every redirected page in full)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and req.get_method() == "HEAD":
            new.method = "HEAD"
        return new


#: urllib's own handlers (proxies from the environment included), with the redirect handler above.
_OPENER = urllib.request.build_opener(_SameMethodRedirect)


def _request(url, method, timeout, body):
    # fetch() lets only http(s) URLs through; urllib follows redirects to http(s) and ftp only.
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})  # noqa: S310
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            html = ""
            if body:
                raw = response.read(MAX_BODY)
                html = raw.decode(response.headers.get_content_charset() or "utf-8", "replace")
            return Answer(url, response.status, response.url, html=html)
    except urllib.error.HTTPError as exc:
        final_url = exc.geturl() or url
        if 300 <= exc.code < 400:  # urllib follows redirects: one still here went round in a loop
            return Answer(url, exc.code, final_url, error=_("too many redirects"))
        return Answer(url, exc.code, final_url)


def fetch(url, timeout=DEFAULT_TIMEOUT, body=False):
    """The :class:`Answer` of ``url``: HEAD (GET if HEAD is refused, or when ``body`` is wanted), redirects followed."""
    if urlsplit(url).scheme not in ("http", "https"):
        return Answer(url, error=_("not an http(s) address"))
    try:
        request_url = ascii_url(url)
        if not body:
            answer = _request(request_url, "HEAD", timeout, body=False)
            if answer.status not in HEAD_REFUSED:
                return _as_asked(answer, url)
        return _as_asked(_request(request_url, "GET", timeout, body=body), url)
    except (OSError, http.client.HTTPException, ValueError) as exc:  # URLError is an OSError
        return Answer(url, error=_reason(exc, timeout))


def _as_asked(answer, url):
    """``answer`` under the URL as it was asked for (not its ASCII form); its final URL unchanged if redirected."""
    final_url = url if answer.final_url in ("", ascii_url(url)) else answer.final_url
    return Answer(url, answer.status, final_url, answer.error, answer.html)


def fetch_all(urls, timeout=DEFAULT_TIMEOUT, workers=DEFAULT_WORKERS, progress=None, body=False):
    """``{url: Answer}`` for every URL of ``urls``, ``workers`` at a time; ``progress(done, total)`` after each."""
    urls = list(dict.fromkeys(urls))
    answers = {}
    if not urls:
        return answers
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="ita-link-check") as pool:
        futures = {pool.submit(fetch, url, timeout, body): url for url in urls}
        for done, future in enumerate(as_completed(futures), start=1):
            answers[futures[future]] = future.result()
            if progress is not None:
                progress(done, len(urls))
    return answers
