"""A strict Content-Security-Policy header for the example site's public pages (Django 5.2 has none built in).

The public ITA section needs no inline script or style: everything comes from ``/static/``, charts are
SVG drawn on the server, and the QR code is an SVG. So the policy allows only the site's own origin
(plus ``DJANGO_CSP_EXTRA_SOURCES``, e.g. the domain that serves media from object storage).

The Wagtail admin is left out (``CSP_EXCLUDE_PREFIXES``): Wagtail's own screens still use inline scripts.
On Django 6 the built-in ``django.middleware.csp.ContentSecurityPolicyMiddleware`` with ``SECURE_CSP`` does
the same; see ``docs/deploy.md``.
"""

from django.conf import settings

DEFAULT_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}


def build_policy(extra_sources=()):
    policy = {directive: [*sources] for directive, sources in DEFAULT_POLICY.items()}
    for directive in ("img-src", "default-src", "font-src"):
        policy[directive].extend(extra_sources)
    return "; ".join(f"{directive} {' '.join(sources)}" for directive, sources in policy.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = build_policy(getattr(settings, "CSP_EXTRA_SOURCES", ()))
        self.excluded = tuple(getattr(settings, "CSP_EXCLUDE_PREFIXES", ("/admin/", "/django-admin/")))

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(self.excluded) and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = self.policy
        return response
