"""Thai presentation: Buddhist-era dates, fiscal-year labels and baht, with and without Thai digits."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.template import Context, Template

from wagtail_ita.fiscal import fiscal_year_of
from wagtail_ita.thai_dates import baht, fiscal_year_label, number, thai_date, thai_digits, thai_month_year


@pytest.mark.parametrize(
    ("day", "expected", "fiscal_year"),
    [
        (date(2022, 10, 1), "1 ตุลาคม 2565", 2566),  # first day of fiscal year 2566
        (date(2022, 9, 30), "30 กันยายน 2565", 2565),  # last day of fiscal year 2565
        (date(2022, 12, 31), "31 ธันวาคม 2565", 2566),  # the calendar year turns, the fiscal year does not
        (date(2023, 1, 1), "1 มกราคม 2566", 2566),
        (date(2024, 2, 29), "29 กุมภาพันธ์ 2567", 2567),  # leap day
        (date(2026, 11, 26), "26 พฤศจิกายน 2569", 2570),
    ],
)
def test_buddhist_era_dates_at_the_edges(settings, day, expected, fiscal_year):
    settings.WAGTAIL_ITA_THAI_DIGITS = False
    assert thai_date(day) == expected
    assert fiscal_year_of(day) == fiscal_year


def test_thai_digits_follow_the_setting(settings):
    settings.WAGTAIL_ITA_THAI_DIGITS = True
    assert thai_date(date(2024, 2, 29)) == "๒๙ กุมภาพันธ์ ๒๕๖๗"
    assert fiscal_year_label(2566) == "ปีงบประมาณ พ.ศ. ๒๕๖๖"
    assert baht(Decimal("1234567")) == "๑,๒๓๔,๕๖๗.๐๐ บาท"
    assert thai_date(date(2024, 2, 29), digits=False) == "29 กุมภาพันธ์ 2567"
    settings.WAGTAIL_ITA_THAI_DIGITS = False
    assert fiscal_year_label(2566) == "ปีงบประมาณ พ.ศ. 2566"
    assert thai_digits("โทร 0 5452 2000", digits=True) == "โทร ๐ ๕๔๕๒ ๒๐๐๐"


def test_aware_datetimes_are_shown_in_the_site_time_zone(settings):
    settings.WAGTAIL_ITA_THAI_DIGITS = False
    # 30 Sep 2023 20:00 UTC is already 1 October 2566 in Bangkok: the first day of fiscal year 2567.
    assert thai_date(datetime(2023, 9, 30, 20, 0, tzinfo=UTC)) == "1 ตุลาคม 2566"
    assert thai_date(None) == ""


def test_amounts_and_months(settings):
    settings.WAGTAIL_ITA_THAI_DIGITS = False
    assert baht(Decimal("1234567")) == "1,234,567.00 บาท"
    assert baht(Decimal("0.005")) == "0.01 บาท"
    assert baht(None) == ""
    assert number(12345) == "12,345"
    assert thai_month_year(2565, 12) == "ธันวาคม 2565"
    assert thai_month_year(2566, "1") == "มกราคม 2566"


def test_template_filters(settings):
    settings.WAGTAIL_ITA_THAI_DIGITS = False
    template = Template(
        "{% load ita_tags %}{{ day|thai_date }}|{{ year|fiscal_year_label }}|{{ amount|baht }}|{{ count|thai_number }}"
    )
    rendered = template.render(
        Context({"day": date(2022, 10, 1), "year": 2566, "amount": Decimal("48500"), "count": 1200})
    )
    assert rendered == "1 ตุลาคม 2565|ปีงบประมาณ พ.ศ. 2566|48,500.00 บาท|1,200"
