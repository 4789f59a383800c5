"""Period rules: is a block's data from the period its component asks for?

Each kind of block states its period differently (a fiscal year, a date, a range, monthly rows, a
span of years). :func:`evidence` reads what a block says; :func:`period_problems` checks it
against the component's rule for the assessment's fiscal year.
"""

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _

from wagtail_ita.fiscal import (
    Period,
    first_half,
    fiscal_year,
    fiscal_year_of,
    month_period,
    months_of,
    thai_month_year,
    to_be,
    uncovered,
)

FISCAL_YEAR_FIELD = {
    "annual_plan": "fiscal_year",
    "annual_report": "fiscal_year",
    "satisfaction_survey": "fiscal_year",
    "procurement_plan": "fiscal_year",
    "risk_assessment": "fiscal_year",
    "ita_analysis": "assessment_year",
}
DATE_FIELD = {"activity": "date", "announcement": "date", "procurement_announcement": "date"}
RANGE_FIELDS = {
    "progress_report": ("period_start", "period_end"),
    "document": ("period_start", "period_end"),
    "policy": ("effective_from", "effective_to"),
}
ROWS_FIELD = {"service_statistics": "rows", "complaint_statistics": "rows"}


@dataclass
class Evidence:
    """What a block says about its period."""

    fiscal_years: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    periods: list = field(default_factory=list)
    span: tuple | None = None

    def __bool__(self):
        return bool(self.fiscal_years or self.dates or self.periods or self.span)


def _period(start, end, open_ended=False):
    if open_ended:
        if not start and not end:
            return None
        return Period(start or date.min, end or date.max)
    if start and end:
        return Period(start, end)
    return None


def evidence(kind, value):
    found = Evidence()
    if kind in FISCAL_YEAR_FIELD and value.get(FISCAL_YEAR_FIELD[kind]):
        found.fiscal_years.append(value[FISCAL_YEAR_FIELD[kind]])
    if kind in DATE_FIELD and value.get(DATE_FIELD[kind]):
        found.dates.append(value[DATE_FIELD[kind]])
    if kind in RANGE_FIELDS:
        start, end = (value.get(name) for name in RANGE_FIELDS[kind])
        period = _period(start, end, open_ended=kind in ("policy", "document"))
        if period:
            found.periods.append(period)
    if kind in ROWS_FIELD:
        for row in value.get(ROWS_FIELD[kind]) or []:
            period = _period(row.get("period_start"), row.get("period_end"))
            if period:
                found.periods.append(period)
        if kind == "complaint_statistics" and value.get("no_complaints"):
            period = _period(value.get("period_start"), value.get("period_end"))
            if period:
                found.periods.append(period)
    if kind == "monthly_procurement":
        for month in value.get("months") or []:
            if month.get("year") and month.get("month"):
                found.periods.append(month_period(month["year"], month["month"]))
    if kind == "multi_year_plan" and value.get("year_from") and value.get("year_to"):
        found.span = (value["year_from"], value["year_to"])
    return found


def _fy_label(year):
    return _("fiscal year %(year)s") % {"year": year}


def _thai_date(day):
    return f"{day.day} {thai_month_year(to_be(day.year), day.month)}"


def _range_label(period):
    return f"{_thai_date(period.start)} – {_thai_date(period.end)}"


def _within_year(found, year):
    """Problems when ``found`` is not entirely inside fiscal ``year``."""
    target = fiscal_year(year)
    problems = []
    for declared in found.fiscal_years:
        if declared != year:
            problems.append(
                _("found data of %(found)s, but it must be %(required)s")
                % {"found": _fy_label(declared), "required": _fy_label(year)}
            )
    for day in found.dates:
        if day not in target:
            problems.append(
                _("date %(date)s is outside %(required)s") % {"date": _thai_date(day), "required": _fy_label(year)}
            )
    for period in found.periods:
        if not period.within(target):
            problems.append(
                _("period %(period)s is outside %(required)s")
                % {"period": _range_label(period), "required": _fy_label(year)}
            )
    if found.span and not (found.span[0] <= year <= found.span[1]):
        problems.append(_("the plan does not cover %(required)s") % {"required": _fy_label(year)})
    return problems


def _covers_first_half(found, year):
    target = first_half(year)
    if year in found.fiscal_years:
        return []
    gaps = uncovered(target, found.periods)
    if not gaps:
        return []
    months = [thai_month_year(to_be(y), m) for gap in gaps for (y, m) in months_of(gap)]
    return [_("no data for %(months)s") % {"months": ", ".join(months)}]


def _in_force(found, year):
    target = fiscal_year(year)
    if year in found.fiscal_years:
        return []
    if found.span and found.span[0] <= year <= found.span[1]:
        return []
    if any(period.overlaps(target) for period in found.periods):
        return []
    return [_("not in force during %(required)s") % {"required": _fy_label(year)}]


def _multi_year(found, year):
    if found.span:
        start, end = found.span
    elif found.periods:
        period = found.periods[0]
        start, end = fiscal_year_of(period.start), fiscal_year_of(period.end)
    else:
        return [_("the years the plan covers are not given")]
    problems = []
    if not start <= year <= end:
        problems.append(
            _("the plan covers %(start)s–%(end)s, which does not include %(year)s")
            % {"start": start, "end": end, "year": year}
        )
    if end - start < 1:
        problems.append(_("the plan must span more than one year"))
    return problems


def period_problems(rule, kind, value, year):
    """Thai reasons why ``value`` (a ``kind`` block) does not meet period ``rule`` for fiscal ``year``."""
    if rule == "none":
        return []
    found = evidence(kind, value)
    if not found:
        return [_("the period of the data is not given")]
    if rule == "fiscal_year":
        return _within_year(found, year)
    if rule == "previous_year":
        return _within_year(found, year - 1)
    if rule == "first_half_year":
        return _covers_first_half(found, year)
    if rule == "in_force":
        return _in_force(found, year)
    if rule == "multi_year":
        return _multi_year(found, year)
    raise ValueError(f"unknown period rule {rule!r}")
