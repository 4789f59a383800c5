"""The completeness statuses of an item: the one vocabulary of the rules, snapshots, the dashboard and templates."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """How complete an item is, in the order the dashboard counts them. The values are what ``ita_status``,
    the exports and the snapshots store; the labels what staff read on badges and in the dashboard."""

    COMPLETE = "complete", _("Complete")
    INCOMPLETE = "incomplete", _("Incomplete")
    MISSING = "missing", _("No data yet")
