"""A CSRF failure page in the site's language (Django's own has no Thai text).

Set ``CSRF_FAILURE_VIEW = "wagtail_ita.views.csrf.csrf_failure"`` in the project's settings.
"""

from django.http import HttpResponseForbidden
from django.template.loader import render_to_string


def csrf_failure(request, reason=""):
    # The reason is Django's English diagnostic; it is not shown (nor logged) to keep the page simple.
    return HttpResponseForbidden(render_to_string("wagtail_ita/csrf_failure.html", request=request))
