"""Submission snapshots in the admin: recorded from the dashboard, then only listed and viewed, never edited."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from wagtail_ita.coordination.access import is_coordinator
from wagtail_ita.coordination.snapshots import take_snapshot
from wagtail_ita.frameworks import available_years
from wagtail_ita.models import Snapshot, SnapshotItem


class SnapshotPermissionPolicy(BasePermissionPolicy):
    """Coordinators may view snapshots; nobody may add, change or delete one through the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and is_coordinator(user)

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" in actions and is_coordinator(user):
            return self.model._default_manager.all()
        return self.model._default_manager.none()


class SnapshotViewSet(ModelViewSet):
    model = Snapshot
    permission_policy = SnapshotPermissionPolicy(Snapshot)
    icon = "history"
    menu_label = gettext_lazy("Submission snapshots")
    add_to_admin_menu = False
    url_prefix = "ita/snapshots"
    url_namespace = "wagtail_ita_snapshots"
    list_display = ["__str__", "year", "created_at", "created_by", "note"]
    list_filter = ["year"]
    inspect_view_enabled = True
    inspect_template_name = "wagtail_ita/admin/snapshot_inspect.html"

    def get_urlpatterns(self):
        # Only the listing and the read-only view: a snapshot is evidence and has no add, edit or delete screen.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]


@require_POST
def create_snapshot(request):
    if not is_coordinator(request.user):
        raise PermissionDenied
    try:
        year = int(request.POST.get("year", ""))
    except ValueError:
        year = None
    if year not in available_years():
        messages.error(request, _("Choose an assessment year that has framework data."))
        return redirect("wagtail_ita_dashboard")
    # In-process, like the export's link check: the request must not wait on its own server.
    snapshot = take_snapshot(year, user=request.user, note=request.POST.get("note", "")[:255], offline=True)
    messages.success(
        request,
        _("Snapshot of the %(count)s items of year %(year)s recorded.")
        % {"count": snapshot.items.count(), "year": year},
    )
    return redirect("wagtail_ita_snapshots:inspect", snapshot.pk)


def snapshot_item_html(request, pk):
    """The page as it was, served with a sandbox policy so that none of its scripts run inside the admin."""
    if not is_coordinator(request.user):
        raise PermissionDenied
    item = get_object_or_404(SnapshotItem, pk=pk)
    response = HttpResponse(item.html or _("This item had no public page at the time."))
    response["Content-Security-Policy"] = "sandbox"
    response["X-Frame-Options"] = "SAMEORIGIN"
    return response
