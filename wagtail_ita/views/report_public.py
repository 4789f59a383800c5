"""What every public response of the report channel carries: no caching, no referrer, no secrets in reports.

``Cache-Control: no-store`` keeps receipt codes and case pages out of every cache and the browser's
history; ``Referrer-Policy: same-origin`` keeps the page's URL from leaving the site while still
letting the browser send the ``Referer``/``Origin`` that Django's CSRF check needs (``no-referrer``
would make browsers send ``Origin: null`` on the POST, which Django refuses).
"""

from functools import wraps

from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.debug import sensitive_post_parameters

from wagtail_ita.conf import get_setting
from wagtail_ita.models.public import content_language
from wagtail_ita.reports import crypto


def protected_response(view):
    """Decorate a channel view: sensitive POST data hidden from error reports, no-store, same-origin referrer."""

    @sensitive_post_parameters()
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        patch_cache_control(response, no_store=True, private=True)
        response["Referrer-Policy"] = "same-origin"
        return response

    return wrapper


def render_channel(request, page, template, context, status=200):
    context = {
        "page": page,
        "self": page,
        "ita_base_template": get_setting("BASE_TEMPLATE"),
        "ita_lang": content_language(page),
        "keys_problem": crypto.keys_problem(),
        **context,
    }
    return TemplateResponse(request, template, context, status=status)
