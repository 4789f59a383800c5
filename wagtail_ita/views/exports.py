"""Download the ITAS URL list from the admin, after the same link check as ``ita_export_urls``.

Who may download what: the coordinators the whole list (what is submitted to ITAS); a division's editor
only the rows of their own division(s), to check them before the coordinator submits.
"""

import io

from django.core.exceptions import BadRequest, PermissionDenied
from django.http import FileResponse, Http404
from django.template.response import TemplateResponse

from wagtail_ita.coordination.access import is_coordinator, visible_divisions
from wagtail_ita.coordination.exports import CONTENT_TYPES, FORMATS, export_filename, write_export
from wagtail_ita.coordination.links import RootURLError, check_links, check_root_url
from wagtail_ita.frameworks import FrameworkError
from wagtail_ita.status import find_year_page, year_statuses


def _division(request):
    """The division the export is limited to, or ``None`` for the whole list; refuses what the user may not see."""
    division_id = request.GET.get("division")
    if not division_id:
        if not is_coordinator(request.user):
            raise PermissionDenied
        return None
    # ASCII digits only: str.isdigit() accepts "²", which the database cannot take as an ID.
    if not (division_id.isascii() and division_id.isdigit()) or len(division_id) > 18:
        raise BadRequest(f"division must be a division ID, not {division_id!r}")
    division = visible_divisions(request.user).filter(pk=int(division_id)).first()
    if division is None:
        raise PermissionDenied
    return division


def export_view(request, year, fmt):
    if fmt not in FORMATS:
        raise Http404
    division = _division(request)
    try:
        statuses = year_statuses(year)
    except FrameworkError as exc:
        raise Http404(str(exc)) from exc
    if division is not None:
        statuses = [s for s in statuses if s.responsible_for({division.pk})]
    context = {"year": year, "division": division, "problems": []}
    try:
        check_root_url(find_year_page(year))
    except RootURLError as exc:
        context["root_url_error"] = str(exc)
        return TemplateResponse(request, "wagtail_ita/admin/export_problems.html", context)
    if not request.GET.get("force"):
        # In-process: a request must not wait on HTTP requests to its own server (with one worker it would
        # wait for itself). ita_export_urls fetches over HTTP, as the evaluator does.
        report = check_links(statuses, offline=True)
        if report:
            context["problems"] = report.problems
            query = request.GET.copy()
            query["force"] = "1"
            context["force_url"] = f"{request.path}?{query.urlencode()}"
            return TemplateResponse(request, "wagtail_ita/admin/export_problems.html", context)
    output = io.BytesIO()
    write_export(statuses, fmt, output, year)
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        filename=export_filename(year, fmt, division),
        content_type=CONTENT_TYPES[fmt],
    )
