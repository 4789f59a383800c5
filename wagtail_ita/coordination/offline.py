"""Render the site's own pages in-process, through Django's request handler: no network involved.

For a machine that cannot reach its own public address (``ita_export_urls --offline``), and for the
admin, whose request must not wait on HTTP requests to its own server (a server with one worker would
be waiting for itself). Redirects are not followed: a redirect is reported as the status it is.

This is the only module of the package that imports ``django.test`` (a test checks it).
"""

from urllib.parse import urlsplit

from django.test import Client

from .fetching import Answer


def fetch(url, client=None):
    """GET ``url`` of this project in-process, with its hostname and scheme; an :class:`Answer` with its HTML."""
    parts = urlsplit(url)
    client = client or Client(raise_request_exception=False)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    response = client.get(path, HTTP_HOST=parts.netloc, secure=parts.scheme == "https")
    html = response.content.decode(response.charset or "utf-8", "replace") if hasattr(response, "content") else ""
    return Answer(url, response.status_code, url, html=html)


def fetch_all(urls, progress=None):
    """``{url: Answer}`` for every URL of ``urls``, one after the other; ``progress(done, total)`` after each."""
    urls = list(dict.fromkeys(urls))
    client = Client(raise_request_exception=False)
    answers = {}
    for done, url in enumerate(urls, start=1):
        answers[url] = fetch(url, client)
        if progress is not None:
            progress(done, len(urls))
    return answers
