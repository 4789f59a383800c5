"""Where a question is in its life; the :class:`~wagtail_ita.models.Question` model stores it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionStatus(models.TextChoices):
    """Where a question is in its life: new, answered to the asker only, published, or rejected."""

    NEW = "new", _("New")
    ANSWERED = "answered", _("Answered (not on the page)")
    PUBLISHED = "published", _("Answered and published")
    REJECTED = "rejected", _("Rejected")
