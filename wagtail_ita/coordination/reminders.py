"""Reminder e-mails to each division's editors: their items still missing or incomplete, with edit links.

At most one mail per person, year and day (:class:`~wagtail_ita.models.ReminderLog`), so a cron job may run
``ita_remind`` as often as it likes.
"""

from dataclasses import dataclass

from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.admin.utils import get_admin_base_url

from wagtail_ita.compliance import COMPLETE
from wagtail_ita.conf import get_setting
from wagtail_ita.models import Division, ReminderLog
from wagtail_ita.status import year_statuses


@dataclass
class Reminder:
    user: object
    divisions: list
    statuses: list
    subject: str
    body: str


def _edit_url(status):
    base = get_admin_base_url() or ""
    if status.page is None:
        return base + reverse("wagtail_ita_dashboard")
    return base + reverse("wagtailadmin_pages:edit", args=[status.page.pk])


def _recipients():
    """{user: [their divisions]} for every active member with an e-mail of a division's editors' group."""
    recipients = {}
    divisions = Division.objects.agency().filter(group__isnull=False).select_related("group")
    for division in divisions:
        for user in division.group.user_set.filter(is_active=True).exclude(email="").order_by("pk"):
            recipients.setdefault(user, []).append(division)
    return recipients


def plan_reminders(year, today=None):
    """The :class:`Reminder` of each editor not yet reminded of ``year`` ``today`` who has unfinished items."""
    today = today or timezone.localdate()
    with translation.override(get_setting("LANGUAGE")):
        statuses = [status for status in year_statuses(year) if status.status != COMPLETE]
        already = set(ReminderLog.objects.filter(date=today, year=year).values_list("user_id", flat=True))
        dashboard_url = (get_admin_base_url() or "") + reverse("wagtail_ita_dashboard")
        reminders = []
        for user, divisions in _recipients().items():
            if user.pk in already:
                continue
            mine = [status for status in statuses if status.responsible_for({d.pk for d in divisions})]
            if not mine:
                continue
            context = {
                "user": user,
                "name": user.get_full_name() or user.get_username(),
                "division_names": ", ".join(division.name for division in divisions),
                "year": year,
                "items": [{"status": status, "edit_url": _edit_url(status)} for status in mine],
                "dashboard_url": dashboard_url,
            }
            subject = render_to_string("wagtail_ita/admin/reminder_subject.txt", context).strip()
            body = render_to_string("wagtail_ita/admin/reminder_body.txt", context)
            reminders.append(Reminder(user, divisions, mine, " ".join(subject.split()), body))
    return reminders


def send_reminders(year, dry_run=False, today=None):
    """Send (or, with ``dry_run``, only plan) today's reminders of ``year``; return the list of :class:`Reminder`."""
    today = today or timezone.localdate()
    reminders = plan_reminders(year, today)
    if dry_run:
        return reminders
    sent = []
    for reminder in reminders:
        try:
            # The log row is written first and rolled back if sending fails, so a mail is never sent twice.
            with transaction.atomic():
                ReminderLog.objects.create(
                    date=today, user=reminder.user, year=year, item_codes=[s.code for s in reminder.statuses]
                )
                EmailMessage(reminder.subject, reminder.body, to=[reminder.user.email]).send()
        except IntegrityError:
            continue  # another run reminded this person a moment ago
        sent.append(reminder)
    return sent
