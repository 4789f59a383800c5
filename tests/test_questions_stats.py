"""The median days to answer over the current fiscal year (1 October – 30 September), at its boundaries."""

from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone

from wagtail_ita.models.questions import QuestionStatus
from wagtail_ita.questions.stats import answer_statistics

from .qa import make_question

pytestmark = pytest.mark.django_db


def answered(page, asked, days, status=QuestionStatus.PUBLISHED, hour=10):
    asked_at = timezone.make_aware(datetime.combine(asked, datetime.min.time()).replace(hour=hour))
    return make_question(page, asked_at=asked_at, answered_at=asked_at + timedelta(days=days), status=status)


def test_only_answers_given_inside_the_fiscal_year_count(qa_page):
    answered(qa_page, date(2023, 9, 20), 10)  # answered 30 Sep 2023: fiscal year 2566
    answered(qa_page, date(2023, 9, 29), 2)  # answered 1 Oct 2023: fiscal year 2567
    answered(qa_page, date(2023, 10, 2), 4, status=QuestionStatus.ANSWERED)  # answered to the asker only: counts
    answered(qa_page, date(2023, 10, 3), 9)
    answered(qa_page, date(2023, 10, 4), 30, status=QuestionStatus.REJECTED)  # never counts
    answered(qa_page, date(2024, 9, 28), 3)  # answered 1 Oct 2024: fiscal year 2568
    make_question(qa_page)  # not answered

    first_day = answer_statistics(qa_page, today=date(2023, 10, 1))
    assert (first_day.fiscal_year, first_day.answered, first_day.median_days) == (2567, 3, 4)
    last_day = answer_statistics(qa_page, today=date(2024, 9, 30))
    assert (last_day.fiscal_year, last_day.answered, last_day.median_days) == (2567, 3, 4)
    before = answer_statistics(qa_page, today=date(2023, 9, 30))
    assert (before.fiscal_year, before.answered, before.median_days) == (2566, 1, 10)
    after = answer_statistics(qa_page, today=date(2024, 10, 1))
    assert (after.fiscal_year, after.answered, after.median_days) == (2568, 1, 3)


def test_even_count_median_and_local_calendar_days(qa_page, settings):
    # Asked 23:30 and answered 00:30 the next day (Bangkok time) is one day, not zero.
    asked = timezone.make_aware(datetime(2023, 11, 1, 23, 30))
    make_question(qa_page, asked_at=asked, answered_at=asked + timedelta(hours=1), status=QuestionStatus.PUBLISHED)
    answered(qa_page, date(2023, 11, 5), 2)
    stats = answer_statistics(qa_page, today=date(2023, 12, 1))
    assert (stats.answered, stats.median_days) == (2, 1.5)


def test_no_answers_yet(client, qa_page):
    assert answer_statistics(qa_page, today=date(2023, 12, 1)).median_days is None
    html = client.get(qa_page.url).content.decode()
    assert "ยังไม่มีคำถามที่ตอบแล้ว" in html
