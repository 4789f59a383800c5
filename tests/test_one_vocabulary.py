"""One of each: one status vocabulary, one Thai date formatter, one row builder for a year.

Each concept lives in one module and the others use it; these tests read the app's source (``ast``) so a
second label table, month table or row builder cannot come back unnoticed.
"""

import ast
from datetime import date

from django.db import models
from django.utils import translation

from wagtail_ita import compliance, thai_dates
from wagtail_ita.compliance import Status
from wagtail_ita.models import SnapshotItem
from wagtail_ita.templatetags import ita_tags
from wagtail_ita.views import dashboard

from .test_import_graph import ROOT, app_modules


def _sources():
    """``{module path relative to the project: parsed tree}`` of every module of the app but migrations."""
    return {str(path.relative_to(ROOT)): ast.parse(path.read_text(encoding="utf-8")) for path in app_modules().values()}


def _strings(tree):
    return {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def _calls(tree, name):
    """The calls of a function called ``name`` (``name(…)`` or ``x.name(…)``) in ``tree``."""
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (getattr(node.func, "id", None) == name or getattr(node.func, "attr", None) == name)
    ]


# One status vocabulary


def test_the_statuses_are_one_text_choices():
    assert issubclass(Status, models.TextChoices)
    assert list(Status.values) == ["complete", "incomplete", "missing"]
    assert (compliance.COMPLETE, compliance.INCOMPLETE, compliance.MISSING) == tuple(Status)


def test_snapshots_dashboard_and_badges_use_it():
    assert SnapshotItem._meta.get_field("status").choices == Status.choices
    assert dashboard.status_choices() == Status.choices
    with translation.override("en"):
        assert ita_tags.status_label("missing") == "No data yet"
    with translation.override("th"):
        assert ita_tags.status_label(Status.COMPLETE) == str(Status.COMPLETE.label)


def test_no_other_module_has_a_status_label_table():
    labels = {str(label) for label in Status.labels}
    for path, tree in _sources().items():
        if path.endswith("compliance/status.py"):
            continue
        assert not (labels & _strings(tree)), f"{path} repeats a status label: use compliance.Status"


# One Thai date formatter


def test_only_thai_dates_writes_month_names_and_dates():
    months = set(thai_dates.THAI_MONTHS)
    for path, tree in _sources().items():
        if path.endswith("wagtail_ita/thai_dates.py"):
            continue
        assert not (months & _strings(tree)), f"{path} has its own Thai month table: use thai_dates"
        assert not _calls(tree, "date_format"), f"{path} formats a date itself: use thai_dates"


def test_the_formatter_in_each_language():
    day = date(2026, 11, 26)
    with translation.override("th"):
        assert ita_tags.thai_date(day) == thai_dates.thai_date(day) == "26 พฤศจิกายน 2569"
        assert ita_tags.thai_month_year(2565, 12) == "ธันวาคม 2565"
    with translation.override("en"):
        assert ita_tags.thai_date(day) == "26 November 2026"
        assert ita_tags.thai_month_year(2565, 12) == "December 2022"
    assert thai_dates.thai_month_year(None, 3) == "?"


# One row builder for a year


def test_a_year_is_checked_in_one_row_builder():
    """``check_item`` is called by the row builder (every item of a year) and by an item page's own
    completeness (one page, its draft in the editor); status, views and exports read the rows."""
    callers = {path for path, tree in _sources().items() if _calls(tree, "check_item")}
    assert callers == {"wagtail_ita/disclosure.py", "wagtail_ita/models/items.py"}
    builders = {
        path
        for path, tree in _sources().items()
        if any(isinstance(node, ast.FunctionDef) and node.name == "item_rows" for node in ast.walk(tree))
    }
    # The year page's method only hands the builder its pages and divisions.
    assert builders == {"wagtail_ita/disclosure.py", "wagtail_ita/models/section.py"}
