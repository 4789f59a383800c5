"""Per-client limits for the public forms, without keeping anybody's address.

A client is known only by a keyed hash (HMAC-SHA256 with ``SECRET_KEY``) of its address, and the
count lives in Django's cache for the window (an hour by default), then disappears. Neither the
address nor the hash is written to the database or the logs; without the key the hash cannot be
turned back into an address by trying all of them.

Behind a reverse proxy the site must put the client's address in ``REMOTE_ADDR`` (for example with
the proxy's own module or a small middleware); this module trusts only ``REMOTE_ADDR``.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60 * 60


def client_key(request, scope):
    """The cache key of ``request``'s client for ``scope``: a keyed hash, never the address itself."""
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{scope}:{address}".encode(), hashlib.sha256).hexdigest()
    return f"wagtail_ita:rate:{scope}:{digest}"


def count(request, scope):
    """How many times ``request``'s client has been counted for ``scope`` in the current window."""
    return cache.get(client_key(request, scope), 0)


def is_limited(request, scope, limit):
    """Whether ``request``'s client has already been counted ``limit`` times for ``scope`` this window."""
    return count(request, scope) >= limit


def hit(request, scope, window=WINDOW_SECONDS):
    """Count one more attempt of ``request``'s client for ``scope``; return the new count."""
    key = client_key(request, scope)
    if cache.add(key, 1, timeout=window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return 1
