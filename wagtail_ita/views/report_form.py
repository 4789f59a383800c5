"""The report form at the page's URL: take a report, show the case number and receipt code once."""

import logging

from django.db import transaction
from django.views.decorators.debug import sensitive_variables

from wagtail_ita.reports import crypto, intake, notify
from wagtail_ita.reports.forms import ReportForm

from .report_public import protected_response, render_channel

logger = logging.getLogger(__name__)


def _mail_recipients(case):
    try:
        notify.notify_new_case(case)
    except Exception:  # mail trouble must not lose the report; the recipients still see it in the admin
        logger.warning("could not mail the recipients about case %s", case.case_number)


@protected_response
@sensitive_variables()
def report_form_view(request, page):
    template = "wagtail_ita/reports/form_page.html"
    if crypto.keys_problem():
        return render_channel(request, page, template, {}, status=503 if request.method == "POST" else 200)
    if request.method != "POST":
        return render_channel(request, page, template, {"form": ReportForm()})
    form = ReportForm(request.POST, request.FILES)
    if not form.is_valid():
        return render_channel(request, page, template, {"form": form}, status=400)
    receipt = intake.create_case(page, form.content(), form.identity_data(), form.cleaned_data["attachments"])
    transaction.on_commit(lambda: _mail_recipients(receipt.case))
    return render_channel(
        request, page, "wagtail_ita/reports/receipt.html", {"case": receipt.case, "code": receipt.code}
    )
