"""Cached ITA pages answered before Wagtail routes the URL (optional; see docs/deploy.md).

Without it the page cache (:mod:`wagtail_ita.page_cache`) still works, inside the ITA pages' ``serve``:
a hit then costs Wagtail's routing (a few queries per level of the page tree) and its view-restriction
check. With it, an anonymous visitor's hit costs two cache reads and no query. Put it **after**
``AuthenticationMiddleware`` and ``LocaleMiddleware`` (it needs ``request.user`` and the URL's language;
a system check says so) and preferably last, so that every other middleware still sees the response::

    MIDDLEWARE = [..., "wagtail_ita.middleware.PageCacheMiddleware"]

A hit skips Wagtail's ``before_serve_page`` hooks; view restrictions are safe because adding or
removing one empties the cache, and restricted pages are never stored.
"""

from .page_cache import cached_hit


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return cached_hit(request) or self.get_response(request)
