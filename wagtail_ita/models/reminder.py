"""A record of each reminder e-mail, so that ``ita_remind`` sends at most one per person and year a day."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReminderLog(models.Model):
    """One reminder e-mail sent to ``user`` on ``date`` about the items of assessment ``year``."""

    date = models.DateField(_("Date"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("Reminder recipient"), on_delete=models.CASCADE)
    year = models.PositiveIntegerField(_("Assessment year (B.E.)"))
    sent_at = models.DateTimeField(_("Reminder sent at"), auto_now_add=True)
    item_codes = models.JSONField(_("Items listed"), default=list)

    class Meta:
        verbose_name = _("Reminder sent")
        verbose_name_plural = _("Reminders sent")
        constraints = [
            models.UniqueConstraint(fields=["date", "user", "year"], name="wagtail_ita_one_reminder_a_day"),
        ]

    def __str__(self):
        return f"{self.date} {self.user} {self.year}"
