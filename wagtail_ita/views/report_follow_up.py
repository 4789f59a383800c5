"""The follow-up at ``<report page url>follow-up/``: with the receipt code, the case's status and messages.

A wrong code shows nothing and counts against the client's hourly limit (a keyed hash of its address
in the cache); past the limit even a right code waits, so codes cannot be guessed.
"""

from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables

from wagtail_ita import ratelimit
from wagtail_ita.conf import get_setting
from wagtail_ita.reports import crypto, intake
from wagtail_ita.reports.forms import AddInformationForm, FollowUpForm

from .report_public import protected_response, render_channel

TEMPLATE = "wagtail_ita/reports/follow_up.html"
#: The rate limit of wrong receipt codes (``WAGTAIL_ITA_REPORT_FOLLOWUP_LIMIT`` per client and hour).
FOLLOW_UP_SCOPE = "report-follow-up"


def _case_context(case, code, add_form=None, added=False):
    messages = [
        {
            "sender": m.sender,
            "status": m.get_status_display() if m.status else "",
            "created_at": m.created_at,
            "body": m.read_body() if m.sender == m.FROM_AGENCY else "",
        }
        for m in case.messages.all()
    ]
    return {
        "case": case,
        "case_messages": messages,
        "add_form": add_form or AddInformationForm(initial={"code": code}),
        "added": added,
    }


@protected_response
@sensitive_variables()
def follow_up_view(request, page):
    if crypto.keys_problem():
        return render_channel(request, page, TEMPLATE, {}, status=503 if request.method == "POST" else 200)
    if request.method != "POST":
        return render_channel(request, page, TEMPLATE, {"form": FollowUpForm()})
    if ratelimit.is_limited(request, FOLLOW_UP_SCOPE, get_setting("REPORT_FOLLOWUP_LIMIT")):
        error = _("Too many wrong receipt codes from this connection. Wait an hour and try again.")
        return render_channel(request, page, TEMPLATE, {"form": FollowUpForm(), "limited": error}, status=429)
    adding = "text" in request.POST or bool(request.FILES)
    form = (AddInformationForm if adding else FollowUpForm)(request.POST, request.FILES if adding else None)
    code = FollowUpForm({"code": request.POST.get("code", "")})
    case = intake.find_case(code.cleaned_data["code"]) if code.is_valid() else None
    if case is None:
        ratelimit.hit(request, FOLLOW_UP_SCOPE)
        return render_channel(request, page, TEMPLATE, {"form": FollowUpForm(), "not_found": True}, status=404)
    if case.page_id not in (None, page.pk):
        ratelimit.hit(request, FOLLOW_UP_SCOPE)
        return render_channel(request, page, TEMPLATE, {"form": FollowUpForm(), "not_found": True}, status=404)
    code_value = code.cleaned_data["code"]
    if not adding:
        return render_channel(request, page, TEMPLATE, _case_context(case, code_value))
    if case.is_closed or case.purged_at:
        form.add_error(None, _("This case is closed; nothing more can be added to it."))
        return render_channel(request, page, TEMPLATE, _case_context(case, code_value, form), status=400)
    if not form.is_valid():
        return render_channel(request, page, TEMPLATE, _case_context(case, code_value, form), status=400)
    intake.add_information(case, form.cleaned_data["text"], form.cleaned_data["attachments"])
    return render_channel(request, page, TEMPLATE, _case_context(case, code_value, added=True))
