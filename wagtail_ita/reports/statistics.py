"""O29 figures from the report channel: total, finished and in progress, by month of the item's period.

A case counts in the month it was received (Thai local date). "Finished" are cases finished or not
accepted; "in progress" are cases received or in progress; each case is counted by its status now.
Purged cases keep their dates and status, so purging never changes these figures. Counts entered by
hand for reports received outside the channel (letters, walk-ins) are added month by month.
"""

from datetime import timedelta

from django.apps import apps
from django.utils import timezone

from wagtail_ita.fiscal import Period, first_half, fiscal_year, month_period, months_of, to_be, to_ce
from wagtail_ita.thai_dates import month_year_in_language

from .status import CLOSED_STATUSES

PERIOD_OF_RULE = {
    "first_half_year": first_half,
    "previous_year": lambda year: fiscal_year(year - 1),
}


def rule_period(rule, assessed_fiscal_year):
    """The period the figures cover under the component's period ``rule`` when the assessment looks at
    ``assessed_fiscal_year`` (the framework's ``fiscal_year``, not its assessment year)."""
    return PERIOD_OF_RULE.get(rule, fiscal_year)(assessed_fiscal_year)


def _empty():
    return {"total": 0, "finished": 0, "in_progress": 0}


def monthly_counts(period, page=None):
    """``{(ce_year, month): counts}`` of the channel's cases received within ``period``."""
    # Blocks call this (O29 derives its figures): the model is looked up by its label, not imported.
    CorruptionReport = apps.get_model("wagtail_ita", "CorruptionReport")
    tz = timezone.get_current_timezone()
    start = timezone.make_aware(timezone.datetime.combine(period.start, timezone.datetime.min.time()), tz)
    end = timezone.make_aware(
        timezone.datetime.combine(period.end + timedelta(days=1), timezone.datetime.min.time()), tz
    )
    cases = CorruptionReport.objects.filter(received_at__gte=start, received_at__lt=end)
    if page is not None:
        cases = cases.filter(page=page)
    counts = {}
    for received_at, status in cases.values_list("received_at", "status"):
        day = timezone.localtime(received_at, tz).date()
        row = counts.setdefault((day.year, day.month), _empty())
        row["total"] += 1
        row["finished" if status in CLOSED_STATUSES else "in_progress"] += 1
    return counts


def derived_value(period, page=None, outside=(), today=None):
    """The figures as the value of a hand-entered complaint-statistics block (``no_complaints``, ``rows``).

    Months are listed up to ``today``; the last row ends on ``today`` while the period is running,
    so a period rule that needs the whole period is met only once it is over.
    """
    today = today or timezone.localdate()
    counts = monthly_counts(period, page)
    outside_total = 0
    for entry in outside:
        key = (to_ce(entry["year"]), int(entry["month"]))
        row = counts.setdefault(key, _empty())
        for name in ("total", "finished", "in_progress"):
            row[name] += entry.get(name) or 0
        outside_total += entry.get("total") or 0
    end = min(period.end, today)
    rows = []
    if end >= period.start:
        for ce_year, month in months_of(Period(period.start, end)):
            month_range = month_period(to_be(ce_year), month)
            row = counts.get((ce_year, month), _empty())
            rows.append(
                {
                    "label": month_year_in_language(to_be(ce_year), month),
                    "period_start": max(month_range.start, period.start),
                    "period_end": min(month_range.end, end),
                    **row,
                }
            )
    total = sum(row["total"] for row in rows)
    return {
        "no_complaints": total == 0,
        "period_start": period.start,
        "period_end": end if end >= period.start else period.start - timedelta(days=1),
        "rows": rows if total else [],
        "shown_rows": rows,
        "total": total,
        "finished": sum(row["finished"] for row in rows),
        "in_progress": sum(row["in_progress"] for row in rows),
        "outside_total": outside_total,
    }


__all__ = ["derived_value", "monthly_counts", "rule_period"]
