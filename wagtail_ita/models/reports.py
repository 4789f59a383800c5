"""Corruption reports (เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ) received through the O28 channel.

Everything the reporter wrote, who they are and what they attached is stored only as Fernet tokens
(:mod:`wagtail_ita.reports.crypto`); the clear columns are what statistics and the recipients' list
need: the case number, dates and status. The receipt code exists only as a keyed hash.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail_ita.reports import crypto
from wagtail_ita.reports.receipts import case_number
from wagtail_ita.reports.status import CLOSED_STATUSES, NEXT_STATUSES, CaseStatus


class CaseCounter(models.Model):
    """The last case number given in a fiscal year; incremented under a row lock."""

    fiscal_year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.fiscal_year}: {self.last}"


class CorruptionReport(models.Model):
    """One case. ``content`` and ``identity`` are encrypted JSON; see :meth:`read_content`."""

    page = models.ForeignKey(
        "wagtail_ita.CorruptionReportPage",
        verbose_name=_("Report page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="cases",
    )
    fiscal_year = models.PositiveIntegerField(_("Fiscal year (B.E.)"))
    number = models.PositiveIntegerField(_("Running number"))
    received_at = models.DateTimeField(_("Received"), default=timezone.now, db_index=True)
    status = models.CharField(_("Status"), max_length=20, choices=CaseStatus.choices, default=CaseStatus.RECEIVED)
    status_changed_at = models.DateTimeField(_("Status changed"), default=timezone.now)
    closed_at = models.DateTimeField(_("Closed"), null=True, blank=True)
    anonymous = models.BooleanField(_("Anonymous"), default=True)
    content = models.TextField(_("Content (encrypted)"), blank=True, editable=False)
    identity = models.TextField(_("Reporter (encrypted)"), blank=True, editable=False)
    receipt_hash = models.CharField(max_length=64, db_index=True, editable=False)
    purged_at = models.DateTimeField(_("Content erased"), null=True, blank=True)

    class Meta:
        verbose_name = _("Corruption report")
        verbose_name_plural = _("Corruption reports")
        ordering = ["-received_at"]
        default_permissions = ()
        permissions = [("receive_corruptionreport", _("Can receive and read corruption reports"))]
        constraints = [models.UniqueConstraint(fields=["fiscal_year", "number"], name="wagtail_ita_case_number")]

    def __str__(self):
        return self.case_number

    @property
    def case_number(self):
        return case_number(self.fiscal_year, self.number)

    case_number.fget.short_description = _("Case number")

    @property
    def is_closed(self):
        return self.status in CLOSED_STATUSES

    def read_content(self):
        return crypto.decrypt_json(self.content, default={})

    def read_identity(self):
        return crypto.decrypt_json(self.identity, default={})

    def next_statuses(self):
        return NEXT_STATUSES[CaseStatus(self.status)]


class CaseMessage(models.Model):
    """A message on a case: the agency's to the reporter, or information the reporter added."""

    FROM_AGENCY, FROM_REPORTER = "agency", "reporter"

    case = models.ForeignKey(CorruptionReport, on_delete=models.CASCADE, related_name="messages")
    created_at = models.DateTimeField(default=timezone.now)
    sender = models.CharField(
        max_length=10, choices=[(FROM_AGENCY, _("Agency")), (FROM_REPORTER, _("Reporter"))], editable=False
    )
    status = models.CharField(max_length=20, choices=CaseStatus.choices, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    body = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        default_permissions = ()

    def __str__(self):
        return f"{self.case} {self.sender} {self.created_at:%Y-%m-%d}"

    def read_body(self):
        return crypto.decrypt_json(self.body, default="")


class CaseAttachment(models.Model):
    """An encrypted file in the private report storage; its name and type are encrypted too."""

    case = models.ForeignKey(CorruptionReport, on_delete=models.CASCADE, related_name="attachments")
    created_at = models.DateTimeField(default=timezone.now)
    stored_name = models.CharField(max_length=255, editable=False)
    meta = models.TextField(editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        default_permissions = ()

    def __str__(self):
        return f"{self.case} #{self.pk}"

    def read_meta(self):
        return crypto.decrypt_json(self.meta, default={})
