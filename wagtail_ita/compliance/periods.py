"""Period rules: is a component's data from the period its rule asks for?

Each kind of block states its period differently (a fiscal year, a date, a range, monthly rows, a
span of years) and declares where in its ``period_fields``. :func:`evidence` reads what one block
says. Two kinds of rule follow:

* rules about **each block** (``fiscal_year``, ``previous_year``, ``in_force``, ``multi_year``): every
  block must meet them by itself (:func:`period_problems`);
* rules that ask for **coverage** (``first_half_year``, ``covers_fiscal_year``): the blocks serving a
  component cover the period *together* — two quarterly reports, six monthly documents or one half-year
  report all answer "the first six months" (:func:`coverage_problems`). One block alone only has to say
  which period it is of.

An open-ended range (a policy in force since a date) has ``None`` for its missing end.
"""

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _

from wagtail_ita.blocks.declarations import DateRange, FiscalYear, MonthRows, OnDate, RowPeriods, YearSpan
from wagtail_ita.fiscal import Period, first_half, fiscal_year_of, month_period, months_of, to_be, uncovered
from wagtail_ita.fiscal import fiscal_year as fiscal_year_period
from wagtail_ita.thai_dates import thai_date, thai_month_year

#: Rules the blocks of a component meet together, with the period each asks to be covered.
COVERAGE_RULES = {
    "first_half_year": first_half,
    "covers_fiscal_year": fiscal_year_period,
}


@dataclass(frozen=True)
class Range:
    """A range of days of which either end may be open (``None``)."""

    start: date | None
    end: date | None

    def closed(self):
        """The :class:`Period` this range spans, open ends reaching as far as dates go."""
        return Period(self.start or date.min, self.end or date.max)

    def label(self):
        if self.start and self.end:
            return f"{thai_date(self.start)} – {thai_date(self.end)}"
        if self.start:
            return _("from %(start)s with no end date") % {"start": thai_date(self.start)}
        return _("until %(end)s") % {"end": thai_date(self.end)}


@dataclass
class Evidence:
    """What a block says about its period."""

    fiscal_years: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    ranges: list = field(default_factory=list)
    span: tuple | None = None

    def __bool__(self):
        return bool(self.fiscal_years or self.dates or self.ranges or self.span)

    def covered(self):
        """The closed periods this evidence covers in full (declared fiscal years and spans count whole)."""
        periods = [r.closed() for r in self.ranges]
        periods += [fiscal_year_period(year) for year in self.fiscal_years]
        if self.span:
            periods.append(Period(fiscal_year_period(self.span[0]).start, fiscal_year_period(self.span[1]).end))
        return periods


def _range(start, end, open_ended=False):
    if start and end:
        return Range(start, end)
    if open_ended and (start or end):
        return Range(start, end)
    return None


def evidence(block, value):
    """What ``value`` of component ``block`` says about its period, read from the block's ``period_fields``."""
    found = Evidence()
    for declared in block.period_fields:
        if isinstance(declared, FiscalYear) and value.get(declared.field):
            found.fiscal_years.append(value[declared.field] + declared.offset)
        elif isinstance(declared, OnDate) and value.get(declared.field):
            found.dates.append(value[declared.field])
        elif isinstance(declared, DateRange) and (not declared.when or value.get(declared.when)):
            period = _range(value.get(declared.start), value.get(declared.end), open_ended=declared.open_ended)
            if period:
                found.ranges.append(period)
        elif isinstance(declared, RowPeriods):
            for row in value.get(declared.rows) or []:
                period = _range(row.get(declared.start), row.get(declared.end))
                if period:
                    found.ranges.append(period)
        elif isinstance(declared, MonthRows):
            for row in value.get(declared.rows) or []:
                if row.get(declared.year) and row.get(declared.month):
                    month = month_period(row[declared.year], row[declared.month])
                    found.ranges.append(Range(month.start, month.end))
        elif isinstance(declared, YearSpan) and value.get(declared.start) and value.get(declared.end):
            found.span = (value[declared.start], value[declared.end])
    return found


def _fy_label(fiscal_year):
    return _("fiscal year %(year)s") % {"year": fiscal_year}


def _within_fiscal_year(found, declarations, fiscal_year):
    """Problems when ``found`` is not inside fiscal ``year``: every year, date and given range end must be."""
    target = fiscal_year_period(fiscal_year)
    problems = []
    offsets = {d.offset for d in declarations if isinstance(d, FiscalYear)}
    for declared in found.fiscal_years:
        if declared == fiscal_year:
            continue
        if offsets - {0}:
            # The year names what the data is about (the analysed ITA result): say so in its own terms.
            offset = max(offsets)
            problems.append(
                _("it is about %(found)s, but it must be about %(required)s")
                % {"found": declared - offset, "required": fiscal_year - offset}
            )
        else:
            problems.append(
                _("found data of %(found)s, but it must be %(required)s")
                % {"found": _fy_label(declared), "required": _fy_label(fiscal_year)}
            )
    for day in found.dates:
        if day not in target:
            problems.append(
                _("date %(date)s is outside %(required)s")
                % {"date": thai_date(day), "required": _fy_label(fiscal_year)}
            )
    for period in found.ranges:
        if any(day and day not in target for day in (period.start, period.end)):
            problems.append(
                _("period %(period)s is outside %(required)s")
                % {"period": period.label(), "required": _fy_label(fiscal_year)}
            )
    if found.span and not (found.span[0] <= fiscal_year <= found.span[1]):
        problems.append(_("the plan does not cover %(required)s") % {"required": _fy_label(fiscal_year)})
    return problems


def _in_force(found, fiscal_year):
    target = fiscal_year_period(fiscal_year)
    if fiscal_year in found.fiscal_years:
        return []
    if found.span and found.span[0] <= fiscal_year <= found.span[1]:
        return []
    if any(period.closed().overlaps(target) for period in found.ranges):
        return []
    return [_("not in force during %(required)s") % {"required": _fy_label(fiscal_year)}]


def _multi_year(found, fiscal_year):
    if found.span:
        start, end = found.span
    elif found.ranges:
        period = found.ranges[0]
        if not period.start:
            return [_("the first year of the plan is not given")]
        start = fiscal_year_of(period.start)
        end = fiscal_year_of(period.end) if period.end else None
    else:
        return [_("the years the plan covers are not given")]
    problems = []
    if end is None:
        if start > fiscal_year:
            problems.append(_("the plan starts in %(start)s, after %(year)s") % {"start": start, "year": fiscal_year})
        return problems
    if not start <= fiscal_year <= end:
        problems.append(
            _("the plan covers %(start)s–%(end)s, which does not include %(year)s")
            % {"start": start, "end": end, "year": fiscal_year}
        )
    if end - start < 1:
        problems.append(_("the plan must span more than one year"))
    return problems


def period_problems(rule, block, value, fiscal_year):
    """Thai reasons why ``value`` (of component ``block``) does not meet period ``rule`` in ``fiscal_year``.

    For a coverage rule only whether the block states a period at all: coverage is a matter of all the
    component's blocks together (:func:`coverage_problems`).
    """
    if rule == "none":
        return []
    found = evidence(block, value)
    if not found:
        return [_("the period of the data is not given")]
    if rule in COVERAGE_RULES:
        return []
    if rule == "fiscal_year":
        return _within_fiscal_year(found, block.period_fields, fiscal_year)
    if rule == "previous_year":
        return _within_fiscal_year(found, block.period_fields, fiscal_year - 1)
    if rule == "in_force":
        return _in_force(found, fiscal_year)
    if rule == "multi_year":
        return _multi_year(found, fiscal_year)
    raise ValueError(f"unknown period rule {rule!r}")


def coverage_problems(rule, evidences, fiscal_year):
    """For a coverage ``rule``: the Thai reason naming the months that ``evidences`` together leave uncovered."""
    if rule not in COVERAGE_RULES:
        return []
    target = COVERAGE_RULES[rule](fiscal_year)
    covered = [
        Period(max(period.start, target.start), min(period.end, target.end))
        for found in evidences
        for period in found.covered()
        if period.overlaps(target)
    ]
    gaps = uncovered(target, covered)
    if not gaps:
        return []
    months = []
    for gap in gaps:
        for ce_year, month in months_of(gap):
            name = thai_month_year(to_be(ce_year), month)
            if name not in months:
                months.append(name)
    return [_("no data for %(months)s") % {"months": ", ".join(months)}]
