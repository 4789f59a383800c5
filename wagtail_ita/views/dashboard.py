"""The completeness dashboard: every item of a year with its status, filters, totals and exports."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn, UserColumn
from wagtail.admin.views.reports import ReportView

from wagtail_ita.compliance import Status
from wagtail_ita.coordination.access import is_coordinator, is_ita_staff, visible_divisions, visible_statuses
from wagtail_ita.frameworks import FrameworkError, available_years, load_framework, loadable_frameworks
from wagtail_ita.models import AssessmentYearPage
from wagtail_ita.spreadsheets import safe_cell
from wagtail_ita.status import year_statuses


def framework_or_none(year):
    """The framework of ``year`` for a screen's notices, or ``None`` when its file cannot be read."""
    try:
        return load_framework(year)
    except FrameworkError:
        return None


def default_year():
    """The latest year that has a section, else the latest year with framework data."""
    built = AssessmentYearPage.objects.order_by("-year").values_list("year", flat=True).first()
    return built or available_years()[-1]


def year_choices():
    return [(str(year), str(year)) for year in reversed(available_years())]


def status_choices():
    return Status.choices


def sub_indicator_choices():
    choices = {}
    for framework in loadable_frameworks()[0]:
        for sub in framework.sub_indicators:
            choices.setdefault(sub.number, f"{sub.number} {sub.title}")
    return list(choices.items())


def divisions_for_filter(request):
    return visible_divisions(request.user)


class DashboardFilterSet(WagtailFilterSet):
    year = django_filters.ChoiceFilter(label=_("Assessment year"), choices=year_choices, empty_label=None)
    division = django_filters.ModelChoiceFilter(
        label=_("Division"), queryset=divisions_for_filter, empty_label=_("All divisions")
    )
    status = django_filters.ChoiceFilter(
        label=_("Completeness status"), choices=status_choices, empty_label=_("All statuses")
    )
    sub_indicator = django_filters.ChoiceFilter(
        label=_("Sub-indicator"), choices=sub_indicator_choices, empty_label=_("All sub-indicators")
    )


def edit_url(status):
    return reverse("wagtailadmin_pages:edit", args=[status.page.pk]) if status.page is not None else None


class StatusColumn(Column):
    """The status as a coloured tag, with the Thai reasons beneath it."""

    cell_template_name = "wagtail_ita/admin/status_cell.html"


class LinksColumn(Column):
    """Links to edit the item, to its history (revisions and audit log) and to the public page."""

    cell_template_name = "wagtail_ita/admin/links_cell.html"


def bar(counts, total, width=100):
    """Stacked segments (status, count, x, width) of one bar in an SVG ``width`` units wide."""
    segments, x = [], 0.0
    for status in Status:
        share = width * counts[status] / total if total else 0
        if counts[status]:
            segments.append({"status": status, "count": counts[status], "x": round(x, 2), "width": round(share, 2)})
        x += share
    return segments


def totals(statuses, divisions):
    """Counts per status, and per division (an every-division item counts for each division)."""
    by_status = {status: sum(1 for s in statuses if s.status == status) for status in Status}
    rows = []
    for division in divisions:
        mine = [s for s in statuses if s.responsible_for({division.pk})]
        counts = {status: sum(1 for s in mine if s.status == status) for status in Status}
        rows.append({"division": division, "counts": counts, "total": len(mine), "bar": bar(counts, len(mine))})
    return {
        "by_status": [{"status": s, "label": s.label, "count": by_status[s]} for s in Status],
        "bar": bar(by_status, len(statuses)),
        "total": len(statuses),
        "divisions": rows,
    }


class DashboardView(ReportView):
    page_title = _("ITA completeness")
    header_icon = "tasks"
    template_name = "wagtail_ita/admin/dashboard.html"
    results_template_name = "wagtail_ita/admin/dashboard_results.html"
    filterset_class = DashboardFilterSet
    index_url_name = "wagtail_ita_dashboard"
    index_results_url_name = "wagtail_ita_dashboard_results"
    paginate_by = None
    columns = [
        Column("code", label=_("Item")),
        TitleColumn("title", label=_("Item title"), get_url=edit_url),
        Column("divisions_display", label=_("Responsible divisions")),
        StatusColumn("status", label=_("Completeness status")),
        DateColumn("last_published_at", label=_("Last published")),
        UserColumn("last_edited_by", label=_("Last edited by")),
        LinksColumn("links", label=_("Item links")),
    ]
    list_export = [
        "code",
        "title",
        "divisions_display",
        "status_label",
        "reasons",
        "last_published_at",
        "last_edited_by_name",
        "url",
    ]
    export_headings = {
        "code": _("Item"),
        "title": _("Item title"),
        "divisions_display": _("Responsible divisions"),
        "status_label": _("Completeness status"),
        "reasons": _("What is missing"),
        "last_published_at": _("Last published"),
        "last_edited_by_name": _("Last edited by"),
        "url": _("Public URL"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not is_ita_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        # The rows are ItemStatus objects, filtered in filter_queryset(); the filterset only reads the form,
        # but django-filter insists on a queryset to construct it.
        return {**super().get_filterset_kwargs(), "queryset": AssessmentYearPage.objects.none()}

    def get_filename(self):
        return f"ita-{self.year}-status"

    @cached_property
    def year(self):
        if self.filters and self.filters.is_valid() and self.filters.form.cleaned_data.get("year"):
            return int(self.filters.form.cleaned_data["year"])
        return default_year()

    @cached_property
    def year_statuses(self):
        """The items of the chosen year this user may see, before the other filters (none if its file is broken)."""
        try:
            return visible_statuses(self.request.user, year_statuses(self.year))
        except FrameworkError:
            return []  # get_context_data() shows the file's error

    def get_queryset(self):
        return self.filter_queryset(self.year_statuses)

    def filter_queryset(self, statuses):
        if not (self.filters and self.filters.is_valid()):
            return statuses
        data = self.filters.form.cleaned_data
        if data.get("division"):
            statuses = [s for s in statuses if s.responsible_for({data["division"].pk})]
        if data.get("status"):
            statuses = [s for s in statuses if s.status == data["status"]]
        if data.get("sub_indicator"):
            statuses = [s for s in statuses if s.sub_indicator == data["sub_indicator"]]
        return statuses

    def preprocess_field_value(self, field, value, export_format):
        # Names and reasons are editors' text: never let a spreadsheet run them as formulas.
        return safe_cell(super().preprocess_field_value(field, value, export_format))

    def stream_csv(self, queryset):
        yield "\ufeff"  # so that Excel reads the file as UTF-8 and shows Thai
        yield from super().stream_csv(queryset)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        coordinator = is_coordinator(self.request.user)
        divisions = list(visible_divisions(self.request.user))
        context.update(
            year=self.year,
            framework=framework_or_none(self.year),
            totals=totals(self.year_statuses, divisions),
            is_coordinator=coordinator,
            own_divisions=[] if coordinator else divisions,
            framework_errors=[str(error) for error in loadable_frameworks()[1]],
        )
        return context
