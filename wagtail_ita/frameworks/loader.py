"""Load and validate one assessment year's framework data file.

The loader turns a TOML file into the immutable objects of :mod:`.schema` and refuses a file that
is not internally consistent. It does not stop at the first problem: every problem is collected
with its line, item and field (:class:`~.errors.Problem`), so ``ita_framework check`` can list them
all and an agency never builds a section from broken data. A later year's crosswalk is checked
against the framework it names as ``previous`` (see :mod:`.crosswalk`).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from .crosswalk import check_crosswalk
from .errors import FrameworkError, Problem, msg
from .files import available_years, framework_path
from .schema import Category, Component, DivisionSpec, DroppedItem, Framework, Indicator, Item, SubIndicator
from .source import SourceMap
from .vocabulary import COMPONENT_KINDS, PERIOD_RULES

SCHEMA_VERSION = 1
ITEM_CODE_RE = re.compile(r"^O([1-9][0-9]*)$")
TOML_LINE_RE = re.compile(r"at line (\d+)")
#: Thai script; English texts (``title_en``, ``name_en``) must not contain it.
THAI_RE = re.compile(r"[\u0e00-\u0e7f]")

__all__ = [
    "Category",
    "Component",
    "DivisionSpec",
    "DroppedItem",
    "Framework",
    "FrameworkError",
    "Indicator",
    "Item",
    "Problem",
    "SubIndicator",
    "load_framework",
    "load_framework_file",
    "loadable_frameworks",
]


def read_text(path):
    """The text of ``path``; :class:`FrameworkError` for a path that is missing, a directory or not UTF-8."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FrameworkError(path, _("file not found")) from None
    except IsADirectoryError:
        raise FrameworkError(path, _("this is a directory, not a framework file")) from None
    except PermissionError:
        raise FrameworkError(path, _("the file cannot be read (permission denied)")) from None
    except OSError as exc:
        raise FrameworkError(path, msg(_("the file cannot be read (%(error)s)"), error=exc.strerror)) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problem = Problem(_("the file is not UTF-8 text (save it as UTF-8)"), path=path, line=line)
        raise FrameworkError(path, problems=[problem]) from None


def load_framework_file(path, previous_loader=None):
    """Read, validate and return the :class:`Framework` in ``path``.

    ``previous_loader(year)`` returns the framework a crosswalk points at (default: :func:`load_framework`,
    from the configured framework directories). Raises :class:`FrameworkError` listing every problem found.
    """
    path = Path(path)
    text = read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = TOML_LINE_RE.search(str(exc))
        problem = Problem(
            msg(_("not valid TOML (%(error)s)"), error=exc),
            path=path,
            line=int(found.group(1)) if found else None,
        )
        raise FrameworkError(path, problems=[problem]) from None
    parser = _Parser(path, data, SourceMap(text))
    framework = parser.parse(previous_loader or load_framework)
    if parser.problems:
        raise FrameworkError(path, problems=parser.problems)
    return framework


class _Parser:
    """Reads the parsed TOML; every check records a problem and parsing goes on with a safe value."""

    def __init__(self, path, data, source):
        self.path = path
        self.data = data
        self.source = source
        self.problems = []
        self.warnings = []
        self.from_given = {}

    # -- recording -------------------------------------------------------------------------------

    def problem(self, message, where=(), item="", field="", warning=False):
        line = self.source.line(*where, field) if field else self.source.line(*where) if where else None
        if line is None and item and ITEM_CODE_RE.match(item):
            line = self.source.find(rf"""^\s*code\s*=\s*["']{item}["']""")
        entry = Problem(message, path=self.path, line=line, item=item, field=field)
        (self.warnings if warning else self.problems).append(entry)

    def text(self, table, key, where, item="", required=True):
        value = table.get(key, "")
        if not isinstance(value, str):
            self.problem(msg(_("'%(key)s' must be text"), key=key), where, item, key)
            return ""
        value = value.strip()
        if required and not value:
            self.problem(msg(_("missing %(key)s"), key=key), where, item, key)
        return value

    def english(self, table, key, where, item=""):
        """An optional English text (``title_en``): used for English translations; never Thai script."""
        value = self.text(table, key, where, item, required=False)
        if THAI_RE.search(value):
            self.problem(
                msg(_("'%(key)s' must be English, not Thai (%(value)r)"), key=key, value=value), where, item, key
            )
        return value

    def flag(self, table, key, where, item=""):
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.problem(msg(_("'%(key)s' must be true or false"), key=key), where, item, key)
            return False
        return value

    def texts(self, table, key, where, item="", message=None):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(message or msg(_("'%(key)s' must be a list of texts"), key=key), where, item, key)
            return ()
        return tuple(v.strip() for v in value)

    def tables(self, key, required=True):
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(msg(_("'%(key)s' must be a list of tables ([[%(key)s]])"), key=key), (key,))
            return []
        if required and not value:
            self.problem(msg(_("no [[%(key)s]] defined"), key=key))
        return value

    def unique(self, entries, what, section, field, label=lambda v: ""):
        """Record a problem for each repeated value; ``entries`` are (index, value) pairs."""
        seen = set()
        for index, value in entries:
            if value in seen:
                self.problem(
                    msg(_("duplicate %(what)s '%(value)s'"), what=what, value=value),
                    (section, index),
                    label(value),
                    field,
                )
            seen.add(value)
        return seen

    # -- the file ---------------------------------------------------------------------------------

    def parse(self, previous_loader):
        data = self.data
        schema = data.get("schema")
        if schema != SCHEMA_VERSION:
            self.problem(
                msg(_("unsupported schema %(found)r (expected %(expected)s)"), found=schema, expected=SCHEMA_VERSION),
                (),
                field="schema",
            )
        year = data.get("year")
        if not isinstance(year, int) or isinstance(year, bool):
            self.problem(_("missing year"), (), field="year")
            year = 0
        elif self.path.stem.isdigit() and int(self.path.stem) != year:
            self.problem(msg(_("year %(year)s does not match the file name"), year=year), (), field="year")
        fiscal_year = data.get("fiscal_year", year)
        if not isinstance(fiscal_year, int) or isinstance(fiscal_year, bool):
            self.problem(_("'fiscal_year' must be a number"), (), field="fiscal_year")
            fiscal_year = year
        title = self.text(data, "title", ())
        title_en = self.english(data, "title_en", ())
        source = self.text(data, "source", (), required=False)
        provisional = self.flag(data, "provisional", ())
        if provisional and not source:
            self.problem(_("a provisional framework must say where its list comes from ('source')"), (), field="source")

        divisions = self.parse_divisions()
        indicators = self.parse_indicators()
        sub_indicators = self.parse_sub_indicators({i.number for i in indicators})
        categories = self.parse_categories({s.number for s in sub_indicators})
        items = self.parse_items({c.key for c in categories}, {d.key for d in divisions})
        framework = Framework(
            year=year,
            fiscal_year=fiscal_year,
            title=title,
            title_en=title_en,
            source=source,
            path=self.path,
            divisions=divisions,
            indicators=indicators,
            sub_indicators=sub_indicators,
            categories=categories,
            items=tuple(sorted(items, key=lambda i: i.number)),
            provisional=provisional,
            previous=self.parse_previous(year),
            dropped=self.parse_dropped(),
        )
        check_crosswalk(self, framework, previous_loader)
        return Framework(**{**framework.__dict__, "_index": {}, "warnings": tuple(self.warnings)})

    def parse_divisions(self):
        divisions = []
        for index, table in enumerate(self.tables("divisions")):
            where = ("divisions", index)
            key = self.text(table, "key", where, "division")
            label = f"division {key}"
            name = self.text(table, "name", where, label)
            divisions.append(
                DivisionSpec(
                    key=key,
                    name=name,
                    short_name=self.text(table, "short_name", where, label, required=False) or name,
                    aliases=self.texts(table, "aliases", where, label, _("'aliases' must be a list of names")),
                    name_en=(name_en := self.english(table, "name_en", where, label)),
                    short_name_en=self.english(table, "short_name_en", where, label) or name_en,
                )
            )
        self.unique(enumerate(d.key for d in divisions), _("division key"), "divisions", "key")
        names = [(i, n) for i, d in enumerate(divisions) for n in {d.name, *d.aliases}]
        self.unique(names, _("division name or alias"), "divisions", "name")
        return tuple(divisions)

    def parse_indicators(self):
        indicators = []
        for index, table in enumerate(self.tables("indicators")):
            where = ("indicators", index)
            indicators.append(
                Indicator(
                    self.text(table, "number", where, "indicator"),
                    self.text(table, "title", where),
                    self.english(table, "title_en", where, "indicator"),
                    self.text(table, "note", where, "indicator", required=False),
                )
            )
        self.unique(enumerate(i.number for i in indicators), _("indicator"), "indicators", "number")
        return tuple(indicators)

    def parse_sub_indicators(self, indicator_numbers):
        subs = []
        for index, table in enumerate(self.tables("sub_indicators")):
            where = ("sub_indicators", index)
            number = self.text(table, "number", where, "sub-indicator")
            label = f"sub-indicator {number}"
            indicator = self.text(table, "indicator", where, label)
            if indicator and indicator not in indicator_numbers:
                self.problem(msg(_("unknown indicator '%(value)s'"), value=indicator), where, label, "indicator")
            subs.append(
                SubIndicator(
                    number,
                    indicator,
                    self.text(table, "title", where, label),
                    self.english(table, "title_en", where, label),
                )
            )
        self.unique(enumerate(s.number for s in subs), _("sub-indicator"), "sub_indicators", "number")
        return tuple(subs)

    def parse_categories(self, sub_numbers):
        categories = []
        for index, table in enumerate(self.tables("categories")):
            where = ("categories", index)
            key = self.text(table, "key", where, "category")
            label = f"category {key}"
            sub = self.text(table, "sub_indicator", where, label)
            if sub and sub not in sub_numbers:
                self.problem(msg(_("unknown sub-indicator '%(value)s'"), value=sub), where, label, "sub_indicator")
            page_type = self.text(table, "page_type", where, label)
            if page_type and page_type.count(".") != 1:
                self.problem(
                    msg(_("page_type '%(value)s' must be 'app_label.ModelName'"), value=page_type),
                    where,
                    label,
                    "page_type",
                )
            title = self.text(table, "title", where, label)
            categories.append(
                Category(
                    key,
                    sub,
                    title,
                    page_type,
                    self.text(table, "note", where, label, False),
                    self.english(table, "title_en", where, label),
                )
            )
        self.unique(enumerate(c.key for c in categories), _("category"), "categories", "key")
        return tuple(categories)

    def parse_items(self, category_keys, division_keys):
        items = []
        for index, table in enumerate(self.tables("items")):
            item = self.parse_item(index, table, category_keys, division_keys)
            if item is not None:
                items.append(item)
        codes = [(i, item.code) for i, item in enumerate(items)]
        self.unique(codes, _("item code"), "items", "code", label=lambda code: code)
        return items

    def parse_item(self, index, table, category_keys, division_keys):
        where = ("items", index)
        code = self.text(table, "code", where, f"items #{index + 1}").upper()
        match = ITEM_CODE_RE.match(code)
        if code and not match:
            self.problem(msg(_("item code '%(code)s' must look like O1, O2, …"), code=code), where, code, "code")
        category = self.text(table, "category", where, code)
        if category and category not in category_keys:
            self.problem(msg(_("unknown category '%(value)s'"), value=category), where, code, "category")
        divisions = self.texts(table, "divisions", where, code, _("'divisions' must be a list of division keys"))
        for key in divisions:
            if key not in division_keys:
                self.problem(msg(_("unknown division '%(value)s'"), value=key), where, code, "divisions")
        all_divisions = self.flag(table, "all_divisions", where, code)
        if not divisions and not all_divisions:
            self.problem(
                _("no responsible division (set 'divisions' or 'all_divisions = true')"), where, code, "divisions"
            )
        if divisions and all_divisions:
            self.problem(_("'divisions' must be empty when 'all_divisions = true'"), where, code, "divisions")
        components = table.get("components", [])
        if not isinstance(components, list) or not components:
            self.problem(_("no [[items.components]] defined"), where, code)
            components = []
        parsed = [self.parse_component(index, i, c, code) for i, c in enumerate(components)]
        parsed = [c for c in parsed if c is not None]
        self.unique_components(index, parsed, code)
        continues = None
        if "from" in table:
            continues = tuple(
                c.upper() for c in self.texts(table, "from", where, code, _("'from' must be a list of item codes"))
            )
        item = Item(
            code=code,
            number=int(match.group(1)) if match else 0,
            category=category,
            title=self.text(table, "title", where, code),
            title_en=self.english(table, "title_en", where, code),
            requirement=self.text(table, "requirement", where, code),
            divisions=divisions,
            all_divisions=all_divisions,
            components=tuple(parsed),
            continues=continues or (),
            inferred=self.text(table, "inferred", where, code, required=False),
        )
        # Whether the file said "from" at all: a later year's item must, even if the list is empty.
        self.from_given[code] = continues is not None
        return item

    def unique_components(self, item_index, components, code):
        seen = set()
        for index, component in enumerate(components):
            if component.key in seen:
                self.problem(
                    msg(_("duplicate %(what)s '%(value)s'"), what=_("component key"), value=component.key),
                    ("items", item_index, "components", index),
                    code,
                    "key",
                )
            seen.add(component.key)

    def parse_component(self, item_index, index, table, code):
        where = ("items", item_index, "components", index)
        if not isinstance(table, dict):
            self.problem(_("each component must be a table"), where[:2], code)
            return None
        key = self.text(table, "key", where, code)
        label = f"{code} component {key}"
        kind = self.text(table, "kind", where, label)
        if kind and kind not in COMPONENT_KINDS:
            self.problem(
                msg(
                    _("unknown component kind '%(value)s' (known: %(known)s)"),
                    value=kind,
                    known=", ".join(sorted(COMPONENT_KINDS)),
                ),
                where,
                label,
                "kind",
            )
        period = self.text(table, "period", where, label)
        if period and period not in PERIOD_RULES:
            self.problem(
                msg(
                    _("unknown period rule '%(value)s' (known: %(known)s)"), value=period, known=", ".join(PERIOD_RULES)
                ),
                where,
                label,
                "period",
            )
        match = table.get("match", {})
        if not isinstance(match, dict) or not all(isinstance(v, str) for v in match.values()):
            self.problem(_("'match' must be a table of texts"), where, label, "match")
            match = {}
        fields = table.get("fields", [])
        if not isinstance(fields, list) or not all(isinstance(f, str) and f.isidentifier() for f in fields):
            self.problem(_("'fields' must be a list of block field names"), where, label, "fields")
            fields = []
        min_count = table.get("min_count", 1)
        if not isinstance(min_count, int) or isinstance(min_count, bool) or min_count < 1:
            self.problem(_("'min_count' must be a whole number of at least 1"), where, label, "min_count")
            min_count = 1
        component = Component(
            key=key,
            title=self.text(table, "title", where, label),
            kind=kind,
            period=period,
            elements=self.texts(table, "elements", where, label),
            match=tuple(sorted(match.items())),
            min_count=min_count,
            per_division=self.flag(table, "per_division", where, label),
            per_side=self.flag(table, "per_side", where, label),
            fields=tuple(fields),
            carry_over=self.flag(table, "carry_over", where, label),
        )
        if component.carry_over and not component.carries_over:
            reason = (
                msg(_("it is bound to a period (%(period)s)"), period=period)
                if component.period_bound
                else msg(_("blocks of kind '%(kind)s' record a period's data"), kind=kind)
            )
            self.problem(
                msg(
                    _("'carry_over = true' is ignored: %(reason)s; such content is never carried into a new year"),
                    reason=reason,
                ),
                where,
                label,
                "carry_over",
                warning=True,
            )
        return component

    # -- the crosswalk's own keys (checked against the previous framework in crosswalk.py) ----------

    def parse_previous(self, year):
        previous = self.data.get("previous")
        if previous is None:
            return None
        if not isinstance(previous, int) or isinstance(previous, bool):
            self.problem(_("'previous' must be a year, e.g. 2566"), (), field="previous")
            return None
        if year and previous >= year:
            self.problem(
                msg(_("'previous' (%(previous)s) must be an earlier year than %(year)s"), previous=previous, year=year),
                (),
                field="previous",
            )
            return None
        return previous

    def parse_dropped(self):
        dropped = []
        for index, table in enumerate(self.tables("dropped", required=False)):
            where = ("dropped", index)
            code = self.text(table, "code", where, "dropped").upper()
            dropped.append(DroppedItem(code, self.text(table, "reason", where, code, required=False)))
        self.unique(enumerate(d.code for d in dropped), _("dropped item"), "dropped", "code", label=lambda c: c)
        return tuple(dropped)


@lru_cache(maxsize=32)
def _parsed(path, modified, size):
    return load_framework_file(path)


def load_framework(year):
    """Return the validated :class:`Framework` of assessment ``year``; :class:`FrameworkError` if none.

    A file is parsed once per process while it stays unchanged (same modification time and size):
    public pages and block choices need the framework on every request. Frameworks are immutable.
    """
    path = framework_path(year)
    if path is None:
        known = ", ".join(str(y) for y in available_years()) or "-"
        raise FrameworkError(
            None, msg(_("no framework data for year %(year)s (available: %(known)s)"), year=year, known=known)
        )
    stat = path.stat()
    return _parsed(path, stat.st_mtime_ns, stat.st_size)


def loadable_frameworks():
    """``(frameworks, errors)``: every year's framework that loads, and the :class:`FrameworkError` of each that
    does not, so that one broken file does not take down the screens of the other years."""
    frameworks, errors = [], []
    for year in available_years():
        try:
            frameworks.append(load_framework(year))
        except FrameworkError as exc:
            errors.append(exc)
    return frameworks, errors
