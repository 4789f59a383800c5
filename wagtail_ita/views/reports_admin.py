"""The recipients' screens under ``/admin/ita/corruption-reports/``: list, case, attachment, status.

Only users with ``wagtail_ita.receive_corruptionreport`` (the recipients' group; superusers hold every
permission) reach any of them. The list shows no content; the case view decrypts. Every opening,
download and status change is written to Wagtail's audit log, with the case number and never content.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies.base import BasePermissionPolicy

from wagtail_ita import page_cache
from wagtail_ita.models.reports import CaseAttachment, CaseMessage, CorruptionReport
from wagtail_ita.reports import crypto
from wagtail_ita.reports.files import read_decrypted

PERMISSION = "wagtail_ita.receive_corruptionreport"
CHUNK = 64 * 1024


def is_recipient(user):
    return bool(user and user.is_active and user.has_perm(PERMISSION))


class RecipientPermissionPolicy(BasePermissionPolicy):
    """Recipients may view cases; nobody adds, edits or deletes one through the generic screens."""

    def user_has_permission(self, user, action):
        return action == "view" and is_recipient(user)

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" in actions and is_recipient(user):
            return self.model._default_manager.all()
        return self.model._default_manager.none()


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("New status"))
    message = forms.CharField(
        label=gettext_lazy("Message to the reporter"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("The reporter sees it on the follow-up page with their receipt code."),
    )

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [(s.value, s.label) for s in case.next_statuses()]


def _no_store(response):
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True, private=True)
    response["Referrer-Policy"] = "same-origin"
    return response


class CaseView(InspectView):
    """The case, decrypted for a recipient; opening it is logged."""

    template_name = "wagtail_ita/admin/report_case.html"
    page_title = gettext_lazy("Corruption report")

    def get_fields(self):
        return []

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log(instance=self.object, action="wagtail_ita.report_opened", user=request.user)
        return _no_store(response)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.object
        context["keys_problem"] = crypto.keys_problem()
        context["case"] = case
        if not context["keys_problem"]:
            context["content"] = case.read_content()
            context["identity"] = case.read_identity()
            context["attachments"] = [(a, a.read_meta()) for a in case.attachments.all()]
            context["case_messages"] = [(m, m.read_body()) for m in case.messages.select_related("author")]
        context["status_form"] = StatusForm(case=case) if case.next_statuses() else None
        return context


def _case_for(request, pk):
    if not is_recipient(request.user):
        raise PermissionDenied
    return get_object_or_404(CorruptionReport, pk=pk)


def download_attachment(request, pk, attachment_pk):
    case = _case_for(request, pk)
    attachment = get_object_or_404(CaseAttachment, case=case, pk=attachment_pk)
    meta = attachment.read_meta()
    try:
        data = read_decrypted(attachment.stored_name)
    except (FileNotFoundError, crypto.InvalidToken):
        raise Http404(_("The file of this attachment cannot be read.")) from None
    log(instance=case, action="wagtail_ita.report_downloaded", user=request.user, data={"attachment": attachment.pk})
    response = StreamingHttpResponse(
        (data[i : i + CHUNK] for i in range(0, len(data), CHUNK)),
        content_type=meta.get("type", "application/octet-stream"),
    )
    response["Content-Length"] = str(len(data))
    response["Content-Disposition"] = content_disposition_header(
        True, meta.get("name") or f"attachment-{attachment.pk}"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return _no_store(response)


@require_POST
def change_status(request, pk):
    case = _case_for(request, pk)
    form = StatusForm(request.POST, case=case)
    if not case.next_statuses() or not form.is_valid():
        messages.error(request, _("The status was not changed: choose one of the statuses offered."))
        return redirect("wagtail_ita_reports:inspect", pk=case.pk)
    now = timezone.now()
    previous = case.status
    case.status = form.cleaned_data["status"]
    case.status_changed_at = now
    if case.is_closed:
        case.closed_at = now
    case.save(update_fields=["status", "status_changed_at", "closed_at"])
    CaseMessage.objects.create(
        case=case,
        sender=CaseMessage.FROM_AGENCY,
        status=case.status,
        author=request.user,
        body=crypto.encrypt_json(form.cleaned_data["message"]),
        created_at=now,
    )
    page_cache.bump()  # O29 pages count finished and in-progress cases
    log(
        instance=case,
        action="wagtail_ita.report_status",
        user=request.user,
        data={"from": previous, "to": case.status},
    )
    messages.success(
        request,
        _("Case %(number)s is now “%(status)s”.") % {"number": case.case_number, "status": case.get_status_display()},
    )
    return redirect("wagtail_ita_reports:inspect", pk=case.pk)


class CaseIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["keys_problem"] = crypto.keys_problem()
        return context


class CorruptionReportViewSet(ModelViewSet):
    model = CorruptionReport
    permission_policy = RecipientPermissionPolicy(CorruptionReport)
    icon = "warning"
    menu_label = gettext_lazy("Corruption reports")
    add_to_admin_menu = False
    url_prefix = "ita/corruption-reports"
    url_namespace = "wagtail_ita_reports"
    list_display = ["case_number", "received_at", "status"]
    list_filter = ["status", "fiscal_year"]
    list_export = ["case_number", "received_at", "status", "status_changed_at"]
    export_filename = "corruption-reports"
    inspect_view_enabled = True
    inspect_view_class = CaseView
    index_view_class = CaseIndexView
    index_template_name = "wagtail_ita/admin/report_index.html"

    def get_urlpatterns(self):
        # No add, edit or delete screen: cases come only from the public form and are never deleted here.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/status/", change_status, name="status"),
            path("<int:pk>/attachments/<int:attachment_pk>/", download_attachment, name="attachment"),
        ]
