from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .coordination.access import is_coordinator, is_ita_staff
from .models import CorruptionReport, Division, Question, Snapshot
from .views.dashboard import DashboardView
from .views.exports import export_view
from .views.home import CompletenessHomePanel
from .views.questions import STATUS_ACTIONS, QuestionViewSet
from .views.report import report_view
from .views.reports_admin import CorruptionReportViewSet, is_recipient
from .views.snapshots import SnapshotViewSet, create_snapshot, snapshot_item_html


class DivisionViewSet(SnippetViewSet):
    model = Division
    icon = "group"
    menu_label = _("Divisions (ITA)")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "short_name", "group", "email"]
    search_fields = ["name", "short_name", "aliases"]
    ordering = ["sort_order", "name"]


register_snippet(DivisionViewSet)

try:  # Wagtail 8 looks permission policies up in a registry; 7.x uses the viewset's own.
    from wagtail.permissions import register_permission_policy
except ImportError:  # pragma: no cover - Wagtail 7.x
    pass
else:
    register_permission_policy(Snapshot, SnapshotViewSet.permission_policy)
    register_permission_policy(CorruptionReport, CorruptionReportViewSet.permission_policy)
    register_permission_policy(Question, QuestionViewSet.permission_policy)
snapshot_viewset = SnapshotViewSet("wagtail_ita_snapshots")
corruption_report_viewset = CorruptionReportViewSet("wagtail_ita_reports")
question_viewset = QuestionViewSet("wagtail_ita_questions")


@hooks.register("register_admin_viewset")
def register_snapshot_viewset():
    return snapshot_viewset


@hooks.register("register_admin_viewset")
def register_corruption_report_viewset():
    return corruption_report_viewset


@hooks.register("register_log_actions")
def register_report_log_actions(actions):
    # The audit entries of the report channel carry the case number only, never its content.
    actions.register_action("wagtail_ita.report_opened", _("Open corruption report"), _("Corruption report opened"))
    actions.register_action(
        "wagtail_ita.report_downloaded", _("Download report attachment"), _("Corruption report attachment downloaded")
    )
    actions.register_action(
        "wagtail_ita.report_status", _("Change report status"), _("Corruption report status changed")
    )


@hooks.register("register_admin_viewset")
def register_question_viewset():
    return question_viewset


@hooks.register("register_log_actions")
def register_question_log_actions(actions):
    labels = {
        STATUS_ACTIONS["answered"]: (_("Answer question"), _("Question answered (sent to the asker only)")),
        STATUS_ACTIONS["published"]: (_("Publish question"), _("Question answered and published")),
        STATUS_ACTIONS["rejected"]: (_("Reject question"), _("Question rejected")),
        STATUS_ACTIONS["new"]: (_("Reopen question"), _("Question set back to new")),
    }
    for action, (label, message) in labels.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("ita/dashboard/", DashboardView.as_view(), name="wagtail_ita_dashboard"),
        path("ita/dashboard/results/", DashboardView.as_view(results_only=True), name="wagtail_ita_dashboard_results"),
        path("ita/export/<int:year>/<str:fmt>/", export_view, name="wagtail_ita_export"),
        path("ita/report/<int:year>/", report_view, name="wagtail_ita_report"),
        path("ita/snapshot/", create_snapshot, name="wagtail_ita_snapshot_create"),
        path("ita/snapshot/item/<int:pk>/", snapshot_item_html, name="wagtail_ita_snapshot_item_html"),
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_ita_staff(request.user)


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


class RecipientMenuItem(MenuItem):
    def is_shown(self, request):
        return is_recipient(request.user)


class StaffSubmenuMenuItem(SubmenuMenuItem):
    def is_shown(self, request):
        return is_ita_staff(request.user) or is_recipient(request.user)


@hooks.register("register_admin_menu_item")
def register_ita_menu():
    menu = Menu(
        items=[
            StaffMenuItem(_("Completeness dashboard"), reverse("wagtail_ita_dashboard"), icon_name="tasks", order=100),
            CoordinatorMenuItem(
                _("Submission snapshots"), reverse("wagtail_ita_snapshots:index"), icon_name="history", order=200
            ),
            RecipientMenuItem(
                _("Corruption reports"), reverse("wagtail_ita_reports:index"), icon_name="warning", order=300
            ),
        ]
    )
    return StaffSubmenuMenuItem(_("ITA"), menu, icon_name="clipboard-list", name="ita", order=250)


@hooks.register("construct_homepage_panels")
def register_completeness_panel(request, panels):
    if is_ita_staff(request.user):
        panels.insert(0, CompletenessHomePanel(request.user))


@hooks.register("register_log_actions")
def register_rollover_log_action(actions):
    # ita_rollover marks each new item it has carried content into; the mark makes a second run skip it.
    actions.register_action(
        "wagtail_ita.rollover",
        _("Carried over from the previous year (ITA)"),
        _("Content carried over from the previous assessment year into a draft"),
    )


@hooks.register("insert_global_admin_css")
def register_admin_css():
    # The completeness panel sits in Wagtail's own page editor: its styles are a static file, never inline (CSP).
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<link rel="stylesheet" href="{}">', static("wagtail_ita/admin.css"))
