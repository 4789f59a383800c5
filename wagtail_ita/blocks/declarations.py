"""What a component block declares about itself so that the completeness rules can read it.

A :class:`~wagtail_ita.blocks.base.ComponentBlock` states, next to its child blocks,

* ``required_fields``: what must be filled in for it to count — child names, :class:`AnyOf` (one of
  several fields will do) and :class:`Rows` (a list that needs rows, each with its own required fields);
* ``period_fields``: where it says which period its data is of — :class:`FiscalYear`, :class:`OnDate`,
  :class:`DateRange`, :class:`RowPeriods`, :class:`MonthRows` and :class:`YearSpan`.

``wagtail_ita.compliance`` reads these declarations from the block; it keeps no table of its own keyed
by block kinds. A framework component may name its own ``fields``; each name is then looked up among
the block's declarations (an :class:`AnyOf` or :class:`Rows` of that name), else taken as a child name.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class AnyOf:
    """A requirement met by any one of ``fields`` (a phone *or* an e-mail); ``name`` is how data files call it."""

    name: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Rows:
    """A list child ``field`` that needs at least one row, each row with its ``required`` fields.

    ``none`` names a tick box of the enclosing value that says there is nothing to list (no complaints,
    no procurement this month): with it ticked the list must stay empty. ``instead`` names fields of the
    enclosing value that may stand in for the rows (the month's scanned form). ``label`` names a row in
    the reasons (a month is called by its name); by default "<list label> row N".
    """

    field: str
    required: tuple = ()
    none: str = ""
    instead: tuple[str, ...] = ()
    label: Callable | None = None

    @property
    def name(self):
        return self.field


@dataclass(frozen=True)
class FiscalYear:
    """A child holding a fiscal year (Buddhist era) the data is of.

    ``offset`` is for a year that names what the data is *about*: an analysis of the ITA result of
    year Y is made in fiscal year Y + 1 (``offset=1``).
    """

    field: str
    offset: int = 0


@dataclass(frozen=True)
class OnDate:
    """A date child: the day the data is of (an activity, an announcement)."""

    field: str


@dataclass(frozen=True)
class DateRange:
    """Two date children, first and last day. ``open_ended``: either may be left empty (in force since …).

    ``when`` names a tick box that must be ticked for the range to count (complaints' "none" period).
    """

    start: str
    end: str
    open_ended: bool = False
    when: str = ""


@dataclass(frozen=True)
class RowPeriods:
    """A list child whose rows each carry a first and last day (statistics by month or quarter)."""

    rows: str
    start: str = "period_start"
    end: str = "period_end"


@dataclass(frozen=True)
class MonthRows:
    """A list child whose rows are calendar months, given as a Buddhist-era year and a month number."""

    rows: str
    year: str = "year"
    month: str = "month"


@dataclass(frozen=True)
class YearSpan:
    """Two year children (Buddhist era): the first and last year of a plan."""

    start: str
    end: str
