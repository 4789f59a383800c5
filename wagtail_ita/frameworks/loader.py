"""Load and validate one assessment year's framework data file.

The loader turns a TOML file into plain, immutable :class:`Framework` objects and refuses a file
that is not internally consistent, naming the file, the item and the problem, so an agency never
builds a section from broken data.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .vocabulary import COMPONENT_KINDS, PERIOD_RULES

SCHEMA_VERSION = 1
ITEM_CODE_RE = re.compile(r"^O([1-9][0-9]*)$")


class FrameworkError(ValueError):
    """A framework data file is missing or malformed."""

    def __init__(self, path, message, item=None):
        self.path = Path(path) if path else None
        self.item = item
        where = f"{self.path.name}" if self.path else "framework"
        if item:
            where += f", {item}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class DivisionSpec:
    key: str
    name: str
    short_name: str
    aliases: tuple[str, ...] = ()
    coordinator: bool = False


@dataclass(frozen=True)
class Indicator:
    number: str
    title: str


@dataclass(frozen=True)
class SubIndicator:
    number: str
    indicator: str
    title: str


@dataclass(frozen=True)
class Category:
    key: str
    sub_indicator: str
    title: str
    page_type: str
    note: str = ""


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
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    """One disclosure item (O1 … O43 in 2566) the NACC checks on the agency's website."""

    code: str
    number: int
    category: str
    title: str
    requirement: str
    divisions: tuple[str, ...] = ()
    all_divisions: bool = False
    components: tuple[Component, ...] = ()

    @property
    def slug(self):
        return self.code.lower()


@dataclass(frozen=True)
class Framework:
    """The whole framework of one assessment year (Buddhist era)."""

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

    def _lookup(self, collection, attr):
        key = (collection, attr)
        if key not in self._index:
            self._index[key] = {getattr(obj, attr): obj for obj in getattr(self, collection)}
        return self._index[key]


def load_framework_file(path):
    """Read, validate and return the :class:`Framework` in ``path``."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise FrameworkError(path, "file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise FrameworkError(path, f"not valid TOML ({exc})") from None
    return _Parser(path, data).parse()


class _Parser:
    def __init__(self, path, data):
        self.path = path
        self.data = data

    def fail(self, message, item=None):
        raise FrameworkError(self.path, message, item=item)

    def text(self, table, key, where=None, required=True):
        value = table.get(key, "")
        if not isinstance(value, str):
            self.fail(f"'{key}' must be text", where)
        value = value.strip()
        if required and not value:
            self.fail(f"missing {key}", where)
        return value

    def table_list(self, key):
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(f"'{key}' must be a list of tables ([[{key}]])")
        if not value:
            self.fail(f"no [[{key}]] defined")
        return value

    def unique(self, values, what, where_fn=None):
        seen = set()
        for value in values:
            if value in seen:
                self.fail(f"duplicate {what} '{value}'", where_fn(value) if where_fn else None)
            seen.add(value)
        return seen

    def parse(self):
        schema = self.data.get("schema")
        if schema != SCHEMA_VERSION:
            self.fail(f"unsupported schema {schema!r} (expected {SCHEMA_VERSION})")
        year = self.data.get("year")
        if not isinstance(year, int):
            self.fail("missing year")
        if self.path.stem.isdigit() and int(self.path.stem) != year:
            self.fail(f"year {year} does not match the file name")
        fiscal_year = self.data.get("fiscal_year", year)
        if not isinstance(fiscal_year, int):
            self.fail("'fiscal_year' must be a number")

        divisions = tuple(self.parse_division(d) for d in self.table_list("divisions"))
        self.unique([d.key for d in divisions], "division key")
        self.unique([a for d in divisions for a in {d.name, *d.aliases}], "division name or alias")
        indicators = tuple(
            Indicator(self.text(t, "number", "indicator"), self.text(t, "title", "indicator"))
            for t in self.table_list("indicators")
        )
        indicator_numbers = self.unique([i.number for i in indicators], "indicator")
        sub_indicators = tuple(
            self.parse_sub_indicator(t, indicator_numbers) for t in self.table_list("sub_indicators")
        )
        sub_numbers = self.unique([s.number for s in sub_indicators], "sub-indicator")
        categories = tuple(self.parse_category(t, sub_numbers) for t in self.table_list("categories"))
        category_keys = self.unique([c.key for c in categories], "category")
        division_keys = {d.key for d in divisions}
        items = tuple(self.parse_item(t, category_keys, division_keys) for t in self.table_list("items"))
        self.unique([i.code for i in items], "item code", where_fn=lambda code: code)
        return Framework(
            year=year,
            fiscal_year=fiscal_year,
            title=self.text(self.data, "title"),
            source=self.text(self.data, "source", required=False),
            path=self.path,
            divisions=divisions,
            indicators=indicators,
            sub_indicators=sub_indicators,
            categories=categories,
            items=tuple(sorted(items, key=lambda i: i.number)),
        )

    def parse_division(self, table):
        key = self.text(table, "key", "division")
        where = f"division {key}"
        aliases = table.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            self.fail("'aliases' must be a list of names", where)
        return DivisionSpec(
            key=key,
            name=self.text(table, "name", where),
            short_name=self.text(table, "short_name", where, required=False) or self.text(table, "name", where),
            aliases=tuple(a.strip() for a in aliases),
            coordinator=bool(table.get("coordinator", False)),
        )

    def parse_sub_indicator(self, table, indicator_numbers):
        number = self.text(table, "number", "sub-indicator")
        where = f"sub-indicator {number}"
        indicator = self.text(table, "indicator", where)
        if indicator not in indicator_numbers:
            self.fail(f"unknown indicator '{indicator}'", where)
        return SubIndicator(number, indicator, self.text(table, "title", where))

    def parse_category(self, table, sub_numbers):
        key = self.text(table, "key", "category")
        where = f"category {key}"
        sub = self.text(table, "sub_indicator", where)
        if sub not in sub_numbers:
            self.fail(f"unknown sub-indicator '{sub}'", where)
        page_type = self.text(table, "page_type", where)
        if page_type.count(".") != 1:
            self.fail(f"page_type '{page_type}' must be 'app_label.ModelName'", where)
        return Category(key, sub, self.text(table, "title", where), page_type, self.text(table, "note", where, False))

    def parse_item(self, table, category_keys, division_keys):
        code = self.text(table, "code", "item").upper()
        match = ITEM_CODE_RE.match(code)
        if not match:
            self.fail(f"item code '{code}' must look like O1, O2, …", code)
        category = self.text(table, "category", code)
        if category not in category_keys:
            self.fail(f"unknown category '{category}'", code)
        divisions = table.get("divisions", [])
        if not isinstance(divisions, list):
            self.fail("'divisions' must be a list of division keys", code)
        for key in divisions:
            if key not in division_keys:
                self.fail(f"unknown division '{key}'", code)
        all_divisions = table.get("all_divisions", False)
        if not isinstance(all_divisions, bool):
            self.fail("'all_divisions' must be true or false", code)
        if not divisions and not all_divisions:
            self.fail("no responsible division (set 'divisions' or 'all_divisions = true')", code)
        if divisions and all_divisions:
            self.fail("'divisions' must be empty when 'all_divisions = true'", code)
        components = table.get("components", [])
        if not isinstance(components, list) or not components:
            self.fail("no [[items.components]] defined", code)
        parsed = tuple(self.parse_component(c, code) for c in components)
        self.unique([c.key for c in parsed], "component key", where_fn=lambda _k: code)
        return Item(
            code=code,
            number=int(match.group(1)),
            category=category,
            title=self.text(table, "title", code),
            requirement=self.text(table, "requirement", code),
            divisions=tuple(divisions),
            all_divisions=all_divisions,
            components=parsed,
        )

    def parse_component(self, table, code):
        if not isinstance(table, dict):
            self.fail("each component must be a table", code)
        key = self.text(table, "key", code)
        where = f"{code} component {key}"
        kind = self.text(table, "kind", where)
        if kind not in COMPONENT_KINDS:
            self.fail(f"unknown component kind '{kind}' (known: {', '.join(sorted(COMPONENT_KINDS))})", where)
        period = self.text(table, "period", where)
        if period not in PERIOD_RULES:
            self.fail(f"unknown period rule '{period}' (known: {', '.join(PERIOD_RULES)})", where)
        elements = table.get("elements", [])
        if not isinstance(elements, list) or not all(isinstance(e, str) and e.strip() for e in elements):
            self.fail("'elements' must be a list of texts", where)
        match = table.get("match", {})
        if not isinstance(match, dict) or not all(isinstance(v, str) for v in match.values()):
            self.fail("'match' must be a table of texts", where)
        fields = table.get("fields", [])
        if not isinstance(fields, list) or not all(isinstance(f, str) and f.isidentifier() for f in fields):
            self.fail("'fields' must be a list of block field names", where)
        min_count = table.get("min_count", 1)
        if not isinstance(min_count, int) or isinstance(min_count, bool) or min_count < 1:
            self.fail("'min_count' must be a whole number of at least 1", where)
        return Component(
            key=key,
            title=self.text(table, "title", where),
            kind=kind,
            period=period,
            elements=tuple(e.strip() for e in elements),
            match=tuple(sorted(match.items())),
            min_count=min_count,
            per_division=bool(table.get("per_division", False)),
            fields=tuple(fields),
        )
