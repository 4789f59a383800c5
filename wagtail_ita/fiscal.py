"""Fiscal years (ปีงบประมาณ) and the period rules of framework components.

A Thai fiscal year runs from 1 October to 30 September and is named by the Buddhist-era year
(พ.ศ. = ค.ศ. + 543) in which it ends: fiscal year 2566 is 1 Oct 2022 – 30 Sep 2023.
"""

from dataclasses import dataclass
from datetime import date, timedelta

BE_OFFSET = 543


def to_ce(be_year):
    return be_year - BE_OFFSET


def to_be(ce_year):
    return ce_year + BE_OFFSET


@dataclass(frozen=True)
class Period:
    """A closed range of dates."""

    start: date
    end: date

    def __contains__(self, day):
        return self.start <= day <= self.end

    def within(self, other):
        return other.start <= self.start and self.end <= other.end

    def overlaps(self, other):
        return self.start <= other.end and other.start <= self.end


def fiscal_year(be_year):
    """The :class:`Period` of fiscal year ``be_year`` (Buddhist era)."""
    return Period(date(to_ce(be_year) - 1, 10, 1), date(to_ce(be_year), 9, 30))


def first_half(be_year):
    """The first six months of fiscal year ``be_year``: 1 October – 31 March."""
    return Period(date(to_ce(be_year) - 1, 10, 1), date(to_ce(be_year), 3, 31))


def fiscal_year_of(day):
    """The fiscal year (Buddhist era) that ``day`` belongs to."""
    return to_be(day.year + 1 if day.month >= 10 else day.year)


def months_of(period):
    """The (calendar year CE, month) pairs a period touches, in order."""
    months = []
    year, month = period.start.year, period.start.month
    while (year, month) <= (period.end.year, period.end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def uncovered(target, periods):
    """The parts of ``target`` not covered by the union of ``periods``, as a list of Periods."""
    gaps = []
    cursor = target.start
    for period in sorted(periods, key=lambda p: p.start):
        if period.end < cursor:
            continue
        if period.start > cursor:
            gaps.append(Period(cursor, min(period.start - timedelta(days=1), target.end)))
        cursor = max(cursor, period.end + timedelta(days=1))
        if cursor > target.end:
            break
    if cursor <= target.end:
        gaps.append(Period(cursor, target.end))
    return [gap for gap in gaps if gap.start <= gap.end and gap.overlaps(target)]


def month_period(be_year, month):
    """The whole calendar month ``month`` of Buddhist-era year ``be_year`` as a :class:`Period`."""
    start = date(to_ce(be_year), int(month), 1)
    following = date(start.year + 1, 1, 1) if start.month == 12 else date(start.year, start.month + 1, 1)
    return Period(start, following - timedelta(days=1))
