"""The printable status report of a year, for the agency's executive: totals, divisions, every item.

It prints from the browser (print-to-PDF gives the PDF): every PDF library that renders Thai well either
needs system libraries (WeasyPrint: Pango, HarfBuzz) or a headless browser, and the browser is already there.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone

from wagtail_ita.coordination.access import is_coordinator, is_ita_staff, visible_divisions, visible_statuses
from wagtail_ita.frameworks import FrameworkError
from wagtail_ita.status import year_statuses
from wagtail_ita.thai_dates import thai_date

from .dashboard import totals


def report_view(request, year):
    if not is_ita_staff(request.user):
        raise PermissionDenied
    try:
        statuses = visible_statuses(request.user, year_statuses(year))
    except FrameworkError as exc:
        raise Http404(str(exc)) from exc
    divisions = list(visible_divisions(request.user))
    context = {
        "year": year,
        "statuses": statuses,
        "totals": totals(statuses, divisions),
        "printed_on": thai_date(timezone.now()),
        "whole_agency": is_coordinator(request.user),
        "division_names": ", ".join(division.name for division in divisions),
        "site_name": getattr(settings, "WAGTAIL_SITE_NAME", ""),
    }
    return TemplateResponse(request, "wagtail_ita/admin/report.html", context)
