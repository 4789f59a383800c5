"""The rendered public ITA pages, cached for anonymous visitors in Django's cache.

The section is read far more often than it changes. Every anonymous ``GET`` of the section page, a year
index, an item page or the open data is kept in the ``default`` cache under a key that holds a
*generation* number. The generation lives in the same cache, not in process memory, so with a shared
cache (Redis) every app server sees a bump at once: publishing, unpublishing, moving or deleting a page,
renaming a division, changing a site, a document or an image bumps it, and the next request renders anew.
The bump happens at once and again when the transaction commits, so a request that read the database
before the commit cannot store its stale page under the new generation.

Never cached: signed-in users (staff see internal status), requests with a query string, previews,
responses that set a cookie or use the CSRF token (forms), pages behind a view restriction, anything but
a 200. :class:`wagtail_ita.middleware.PageCacheMiddleware` (optional) answers hits before Wagtail's routing. Wagtail's frontend-cache
purge (``signals.py``) is independent of this and stays for sites behind a CDN.
``WAGTAIL_ITA_PAGE_CACHE_SECONDS`` (default 3600) bounds how long a page is kept; 0 turns the cache off.
The key also holds the app's version and its ``WAGTAIL_ITA_*`` settings, so a deploy that changes either
(breadcrumbs turned off, a new template) never serves a page rendered the old way.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils import translation

from . import __version__
from .conf import get_setting

GENERATION_KEY = "wagtail_ita:pages:generation"
HEADER = "X-ITA-Cache"
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Content-Language", "Cache-Control", "Vary")


def generation():
    """The current generation; created (from the clock, so an evicted number is never reused) when missing."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY, 0)
    return value


def _bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # missing (evicted or never set): any new number will do
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def bump(**kwargs):
    """Make every cached page stale (a signal receiver: publish, unpublish, move, a division renamed…)."""
    _bump()
    transaction.on_commit(_bump)


def _cacheable_request(request):
    user = getattr(request, "user", None)
    return (
        get_setting("PAGE_CACHE_SECONDS")
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and not getattr(request, "is_preview", False)
        and not (user is not None and user.is_authenticated)
    )


def _rendering_fingerprint():
    """The app's version and its settings (secrets left out): what else decides how a page renders."""
    names = sorted(name for name in dir(settings) if name.startswith("WAGTAIL_ITA_") and "KEY" not in name)
    return f"{__version__}|" + "|".join(f"{name}={getattr(settings, name)!r}" for name in names)


def _hashed_key(kind, where, generation_number):
    """The cache key of ``where`` (what decides the content) for ``generation_number``, with the app's
    version and settings (:func:`_rendering_fingerprint`) in it."""
    digest = hashlib.sha256(f"{where}|{_rendering_fingerprint()}".encode()).hexdigest()
    return f"wagtail_ita:{kind}:{generation_number}:{digest}"


def _key(request, generation_number):
    where = f"{request.scheme}://{request.get_host()}{request.path}|{translation.get_language()}"
    return _hashed_key("page", where, generation_number)


def _stored_response(key):
    stored = cache.get(key)
    if stored is None:
        return None
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response[HEADER] = "hit"
    return response


def cached_hit(request):
    """The cached page for ``request`` if an anonymous visitor may have it and it is there, else ``None``.

    Needs nothing but the request (the key is the URL, the language and the generation), so
    :class:`wagtail_ita.middleware.PageCacheMiddleware` answers with it before Wagtail routes the URL.
    """
    if not _cacheable_request(request):
        return None
    return _stored_response(_key(request, generation()))


def cached_response(request, render, shareable=lambda: True):
    """``render()``'s response, from the cache for an anonymous visitor when it is there; stored when it may be.

    ``shareable()`` is asked only before storing: a page behind a view restriction (a password a
    visitor typed) must never reach a visitor who has not passed it.
    """
    if not _cacheable_request(request):
        return render()
    key = _key(request, generation())  # read the generation before the database
    response = _stored_response(key)
    if response is not None:
        return response
    response = render()
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    if (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        # A page that rendered a CSRF token (a form) is never shared: Django marks it so.
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not request.META.get("CSRF_COOKIE_USED")
        and shareable()
    ):
        headers = [(name, response[name]) for name in KEPT_HEADERS if name in response]
        cache.set(key, (response.status_code, headers, response.content), get_setting("PAGE_CACHE_SECONDS"))
        response[HEADER] = "miss"
    return response


def cached_fragment(parts, render):
    """``render()``'s text, kept in the cache under ``parts`` for the current generation: a piece the app
    adds to every page of the host site (the section link), which changes only when a page is published,
    moved or restricted. Rendered each time when the page cache is off (``PAGE_CACHE_SECONDS = 0``)."""
    seconds = get_setting("PAGE_CACHE_SECONDS")
    if not seconds:
        return render()
    key = _hashed_key("fragment", repr(parts), generation())  # read the generation before the database
    text = cache.get(key)
    if text is None:
        text = render()
        cache.set(key, text, seconds)
    return text


def connect():
    """Bump the generation whenever something the public pages show changes."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(bump, dispatch_uid="wagtail_ita_cache_published")
    page_unpublished.connect(bump, dispatch_uid="wagtail_ita_cache_unpublished")
    post_page_move.connect(bump, dispatch_uid="wagtail_ita_cache_moved")
    post_delete.connect(bump, sender=Page, dispatch_uid="wagtail_ita_cache_page_deleted")
    # The division model by its label: Django's lazy sender, so this module needs no model of the app.
    # A view restriction added to a cached page (or an ancestor) must apply at once: the middleware
    # answers before Wagtail checks restrictions.
    for model in ("wagtail_ita.Division", Site, PageViewRestriction, get_document_model(), get_image_model()):
        label = model.lower() if isinstance(model, str) else model._meta.label_lower
        post_save.connect(bump, sender=model, dispatch_uid=f"wagtail_ita_cache_saved_{label}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"wagtail_ita_cache_deleted_{label}")
