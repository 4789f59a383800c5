"""The immutable objects a framework data file becomes: :class:`Framework` and its parts.

Built by :mod:`wagtail_ita.frameworks.loader`; read everywhere else. A later year's file also
carries its *crosswalk* to an earlier framework (``previous``): each item names the items it
continues (``from``), the earlier items no longer asked are listed as ``dropped``, and each
component says whether its content may be carried into the new year (``carry_over``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .vocabulary import CARRYABLE_KINDS


@dataclass(frozen=True)
class DivisionSpec:
    key: str
    name: str
    short_name: str
    aliases: tuple[str, ...] = ()
    name_en: str = ""
    short_name_en: str = ""


@dataclass(frozen=True)
class Indicator:
    number: str
    title: str
    title_en: str = ""
    note: str = ""


@dataclass(frozen=True)
class SubIndicator:
    number: str
    indicator: str
    title: str
    title_en: str = ""


@dataclass(frozen=True)
class Category:
    key: str
    sub_indicator: str
    title: str
    page_type: str
    note: str = ""
    title_en: str = ""


@dataclass(frozen=True)
class Component:
    """One required data component (องค์ประกอบด้านข้อมูล) of an item."""

    key: str
    title: str
    kind: str
    period: str
    elements: tuple[str, ...] = ()
    match: tuple[tuple[str, str], ...] = ()
    min_count: int = 1
    per_division: bool = False
    per_side: bool = False
    fields: tuple[str, ...] = ()
    carry_over: bool = False

    @property
    def period_bound(self):
        """Whether the component's data belongs to a period (a year, half-year, date): never carried over."""
        return self.period != "none"

    @property
    def carries_over(self):
        """Whether last year's content of this component is copied into the new year's draft.

        Only what the file marks ``carry_over = true``, and never a component bound to a period or of
        a kind whose blocks record events (whatever the file says): a structure chart stays true next
        year, last year's monthly procurement summary does not.
        """
        return self.carry_over and not self.period_bound and self.kind in CARRYABLE_KINDS


@dataclass(frozen=True)
class Item:
    """One disclosure item (O1 … O43 in 2566) the NACC checks on the agency's website.

    ``continues`` are the codes of the previous framework's items this item continues (the
    file's ``from``); ``inferred`` says, in a provisional framework, what of the item is inferred
    rather than read in the NACC's manual.
    """

    code: str
    number: int
    category: str
    title: str
    requirement: str
    divisions: tuple[str, ...] = ()
    all_divisions: bool = False
    components: tuple[Component, ...] = ()
    continues: tuple[str, ...] = ()
    inferred: str = ""
    title_en: str = ""

    @property
    def slug(self):
        return self.code.lower()


@dataclass(frozen=True)
class DroppedItem:
    """An item of the previous framework that no item of this one continues."""

    code: str
    reason: str = ""


@dataclass(frozen=True)
class Framework:
    """The whole framework of one assessment year (Buddhist era).

    ``provisional`` frameworks are built from secondary sources (``source`` says which) and are to
    be corrected when the NACC's manual is at hand. ``previous`` is the year whose framework the
    crosswalk is written against; ``warnings`` are problems that do not stop the file from loading.
    """

    year: int
    fiscal_year: int
    title: str
    source: str
    path: Path
    divisions: tuple[DivisionSpec, ...]
    indicators: tuple[Indicator, ...]
    sub_indicators: tuple[SubIndicator, ...]
    categories: tuple[Category, ...]
    items: tuple[Item, ...]
    title_en: str = ""
    provisional: bool = False
    previous: int | None = None
    dropped: tuple[DroppedItem, ...] = ()
    warnings: tuple = ()
    _index: dict = field(default_factory=dict, repr=False, compare=False)

    def item(self, code):
        return self._lookup("items", "code")[code.upper()]

    def category(self, key):
        return self._lookup("categories", "key")[key]

    def sub_indicator(self, number):
        return self._lookup("sub_indicators", "number")[number]

    def indicator(self, number):
        return self._lookup("indicators", "number")[number]

    def division(self, key):
        return self._lookup("divisions", "key")[key]

    def items_in(self, category_key):
        return [item for item in self.items if item.category == category_key]

    def successors(self, previous_code):
        """The items of this framework that continue ``previous_code`` of the previous framework."""
        return [item for item in self.items if previous_code.upper() in item.continues]

    def dropped_item(self, previous_code):
        return next((d for d in self.dropped if d.code == previous_code.upper()), None)

    def _lookup(self, collection, attr):
        key = (collection, attr)
        if key not in self._index:
            self._index[key] = {getattr(obj, attr): obj for obj in getattr(self, collection)}
        return self._index[key]
