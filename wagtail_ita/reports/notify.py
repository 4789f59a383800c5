"""Mail to the recipients: only that a case arrived and where to read it, never its content."""

import logging
from smtplib import SMTPException

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_admin_base_url

PERMISSION = "receive_corruptionreport"

logger = logging.getLogger(__name__)


def recipients():
    """Active users who hold the recipients' permission, through a group or directly (not superusers)."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    has = Q(groups__permissions__codename=PERMISSION, groups__permissions__content_type__app_label="wagtail_ita")
    has |= Q(user_permissions__codename=PERMISSION, user_permissions__content_type__app_label="wagtail_ita")
    return users.filter(has).distinct()


def notify_new_case(case):
    addresses = sorted({user.email for user in recipients()})
    if not addresses:
        return 0
    url = (get_admin_base_url() or "") + reverse("wagtail_ita_reports:inspect", args=[case.pk])
    subject = _("New corruption report %(number)s") % {"number": case.case_number}
    body = _(
        "Corruption report %(number)s has arrived through the website.\n"
        "Its content is shown only in the admin, to the recipients' group:\n%(url)s\n"
    ) % {"number": case.case_number, "url": url}
    # A mail server that is down must not lose the report, which is already stored: the failure is
    # logged (without the case's content, which the mail never holds) and the recipients see the case
    # in the admin. Caught here rather than with ``fail_silently`` (deprecated in Django 6.1).
    try:
        return send_mail(subject, body, None, addresses)
    except (SMTPException, OSError):
        logger.exception("Could not send the notice of corruption report %s", case.case_number)
        return 0
