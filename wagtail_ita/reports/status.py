"""Where a case is in its life; the :class:`~wagtail_ita.models.CorruptionReport` model stores it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    FINISHED = "finished", _("Finished")
    NOT_ACCEPTED = "not_accepted", _("Not accepted")


#: Statuses after which nothing more happens: they count as finished in O29 and may be purged.
CLOSED_STATUSES = (CaseStatus.FINISHED, CaseStatus.NOT_ACCEPTED)
#: The moves a recipient may make.
NEXT_STATUSES = {
    CaseStatus.RECEIVED: (CaseStatus.IN_PROGRESS, CaseStatus.NOT_ACCEPTED),
    CaseStatus.IN_PROGRESS: (CaseStatus.FINISHED, CaseStatus.NOT_ACCEPTED),
    CaseStatus.FINISHED: (),
    CaseStatus.NOT_ACCEPTED: (),
}
