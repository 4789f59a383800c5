"""Taking a question in from the public form: honeypot, rate limit, storage and the mail to the answerers."""

from functools import partial

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail_ita import ratelimit
from wagtail_ita.conf import get_setting

from .mail import notify_answerers

RATE_SCOPE = "qa"


def accept_question(page, form, request):
    """Store the question of a bound ``form`` for ``page``; return ``None`` on success, else an HTTP status.

    On failure the form carries a Thai error for the visitor. A bot that filled in the honeypot gets
    ``None`` too (it is told the question was sent), but nothing is stored or mailed.
    """
    limit = get_setting("QA_RATE_LIMIT")
    if ratelimit.is_limited(request, RATE_SCOPE, limit):
        form.is_valid()
        form.add_error(
            None,
            _("You have sent %(limit)d questions within an hour. Please wait a while and send this one later.")
            % {"limit": limit},
        )
        return 429
    if not form.is_valid():
        return 400
    ratelimit.hit(request, RATE_SCOPE)
    if form.is_bot:
        return None
    with transaction.atomic():
        question = page.questions.create(
            question=form.cleaned_data["question"],
            display_name=form.cleaned_data["display_name"],
            email=form.cleaned_data["email"],
        )
        transaction.on_commit(partial(notify_answerers, question))
    return None
