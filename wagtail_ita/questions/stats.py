"""How quickly the agency answers: the median days to answer over the current fiscal year (ต.ค.–ก.ย.)."""

from dataclasses import dataclass
from datetime import datetime, time
from statistics import median

from django.utils import timezone

from wagtail_ita.fiscal import fiscal_year, fiscal_year_of

from .status import QuestionStatus


@dataclass(frozen=True)
class AnswerStatistics:
    fiscal_year: int
    answered: int
    median_days: float | None


def answer_statistics(page, today=None):
    """The answers given on ``page`` in the fiscal year of ``today`` (local date) and their median delay.

    A question counts in the fiscal year in which it was answered (1 October – 30 September, local
    time), whether the answer was published or only sent to the asker; rejected questions never count.
    """
    today = today or timezone.localdate()
    year = fiscal_year_of(today)
    period = fiscal_year(year)
    start = timezone.make_aware(datetime.combine(period.start, time.min))
    end = timezone.make_aware(datetime.combine(period.end, time.max))
    rows = page.questions.filter(
        status__in=[QuestionStatus.ANSWERED, QuestionStatus.PUBLISHED],
        answered_at__range=(start, end),
    ).only("asked_at", "answered_at")
    days = [question.days_to_answer for question in rows]
    return AnswerStatistics(fiscal_year=year, answered=len(days), median_days=median(days) if days else None)
