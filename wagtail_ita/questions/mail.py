"""The Q&A mails: to those who answer when a question arrives, to the asker when it is answered.

Mails are written in the ITA language (``WAGTAIL_ITA_LANGUAGE``). A failure to send is logged
(without the question or any address) and never undoes what was stored.
"""

import logging
import re
from html import unescape

from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from wagtail.admin.utils import get_admin_base_url

from wagtail_ita.conf import get_setting

logger = logging.getLogger(__name__)

ANSWER_PERMISSION = "wagtail_ita.change_question"


def answerers():
    """Active users with an e-mail who may answer questions (the Q&A group, and whoever else holds the permission).

    Superusers are not mailed unless they also belong to a group that holds the permission.
    """
    User = get_user_model()
    return User.objects.with_perm(ANSWER_PERMISSION, is_active=True, include_superusers=False).exclude(email="")


def answer_as_text(answer):
    """The rich-text ``answer`` as plain text: one paragraph or list item per line, entities decoded."""
    text = re.sub(r"</(p|li|h[1-6])>|<br\s*/?>", "\n", answer or "")
    return "\n".join(line.strip() for line in unescape(strip_tags(text)).splitlines() if line.strip())


def _send(subject_template, body_template, context, recipients):
    with translation.override(get_setting("LANGUAGE")):
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
    try:
        EmailMessage(subject, body, to=recipients).send()
    except Exception:  # noqa: BLE001 - a mail server failure must not lose the question or the answer
        logger.exception("Could not send a Q&A mail (%s)", subject_template)
        return False
    return True


def notify_answerers(question):
    """Tell those who answer that ``question`` arrived; the question's text only if the site allows it."""
    recipients = sorted({user.email for user in answerers()})
    if not recipients:
        return False
    context = {
        "question": question,
        "include_text": get_setting("QA_MAIL_QUESTION_TEXT"),
        "edit_url": (get_admin_base_url() or "") + reverse("wagtail_ita_questions:edit", args=[question.pk]),
        "page_title": question.page.title,
    }
    # Each answerer receives the mail alone: nobody learns who else answers.
    return all(
        _send("wagtail_ita/mail/question_subject.txt", "wagtail_ita/mail/question_body.txt", context, [email])
        for email in recipients
    )


def notify_asker(question):
    """Send the answer to the asker once, if they gave an e-mail; return whether a mail went out."""
    if not question.email or question.asker_notified_at is not None:
        return False
    context = {
        "question": question,
        "answer_text": answer_as_text(question.answer),
        "published": question.status == "published",
        "page_url": question.page.get_full_url() or "",
    }
    sent = _send("wagtail_ita/mail/answer_subject.txt", "wagtail_ita/mail/answer_body.txt", context, [question.email])
    if sent:
        question.asker_notified_at = timezone.now()
        question.save(update_fields=["asker_notified_at"])
    return sent
