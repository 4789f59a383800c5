"""The ITA panel on the Wagtail admin's home page: an editor's unfinished items, or the coordinator's totals."""

from django.utils.functional import cached_property
from wagtail.admin.ui.components import Component

from wagtail_ita.compliance import COMPLETE
from wagtail_ita.coordination.access import is_coordinator, visible_divisions, visible_statuses
from wagtail_ita.frameworks import FrameworkError
from wagtail_ita.status import year_statuses

from .dashboard import default_year, framework_or_none, totals


class CompletenessHomePanel(Component):
    name = "ita_completeness"
    template_name = "wagtail_ita/admin/home_panel.html"
    order = 50

    def __init__(self, user):
        self.user = user

    @cached_property
    def year(self):
        return default_year()

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        try:
            statuses = visible_statuses(self.user, year_statuses(self.year))
        except FrameworkError as exc:
            # A broken framework file must not take down the admin's home page: say what is wrong instead.
            context.update(year=self.year, framework_error=str(exc))
            return context
        coordinator = is_coordinator(self.user)
        context.update(
            year=self.year,
            framework=framework_or_none(self.year),
            is_coordinator=coordinator,
            totals=totals(statuses, list(visible_divisions(self.user))) if coordinator else None,
            unfinished=[status for status in statuses if status.status != COMPLETE],
            total=len(statuses),
        )
        return context
