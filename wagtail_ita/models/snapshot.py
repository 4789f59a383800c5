"""Submission snapshots: what each submitted URL showed on the day the coordinator recorded it.

The NACC lets agencies appeal a failed item, and the agency must then show what its page held when the
URL was submitted. A snapshot copies that (rendered HTML, the live revision, a hash of every linked
document) so that later edits of the pages never change it.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail_ita.compliance.status import Status
from wagtail_ita.thai_dates import thai_date


class Snapshot(models.Model):
    """One dated record of every item of an assessment year."""

    year = models.PositiveIntegerField(_("Assessment year (B.E.)"))
    created_at = models.DateTimeField(_("Recorded at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(_("Snapshot note"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("Submission snapshot")
        verbose_name_plural = _("Submission snapshots")
        ordering = ["-created_at"]

    def __str__(self):
        when = timezone.localtime(self.created_at) if self.created_at else None
        return _("ITA %(year)s snapshot of %(date)s") % {
            "year": self.year,
            "date": f"{thai_date(when)} {when:%H:%M}" if when else "",
        }


class SnapshotItem(models.Model):
    """One item as it was at the time of its snapshot. ``revision_pk`` survives the revision's deletion."""

    snapshot = models.ForeignKey(Snapshot, on_delete=models.CASCADE, related_name="items")
    sort_order = models.PositiveIntegerField(_("Order"), default=0)
    item_code = models.CharField(_("Item code"), max_length=10)
    title = models.CharField(_("Item title"), max_length=500)
    url = models.URLField(_("Public URL"), max_length=500, blank=True)
    status = models.CharField(
        _("Completeness status"),
        max_length=20,
        choices=Status.choices,
    )
    reasons = models.JSONField(_("What was missing"), default=list, blank=True)
    http_status = models.PositiveIntegerField(_("HTTP status"), null=True, blank=True)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("Live revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revision_pk = models.PositiveIntegerField(_("Live revision ID"), null=True, blank=True)
    html = models.TextField(_("Rendered page (HTML)"), blank=True)
    documents = models.JSONField(
        _("Linked documents"),
        default=list,
        blank=True,
        help_text=_("Title, URL, SHA-256 and size in bytes of each document, as it was"),
    )

    class Meta:
        verbose_name = _("Snapshot item")
        verbose_name_plural = _("Snapshot items")
        ordering = ["snapshot", "sort_order"]

    def __str__(self):
        return f"{self.item_code} {self.title}"
