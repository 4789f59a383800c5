"""The rollover report: what each division must renew, check or add in the new year, by new item code.

One row per (division, new item, component):

* **check** — content was carried into the draft: review it and have it published;
* **renew** — the component continues one of last year's, but its data belongs to a period: publish
  the new period's data (last year's stays online in the old year);
* **add** — nothing was carried (a new requirement, or last year had nothing to carry).

Dropped items get one row each, for the divisions that had them.
"""

import csv

from django.utils.translation import gettext as _

from wagtail_ita.frameworks.crosswalk import component_sources
from wagtail_ita.frameworks.vocabulary import PERIOD_RULES

CHECK, RENEW, ADD, DROPPED = "check", "renew", "add", "dropped"
COLUMNS = ["division", "code", "title", "component", "action", "from", "note"]


def column_headings():
    """The CSV's header row, in the active language (the agency's coordinator opens it in a spreadsheet)."""
    return {
        "division": _("Division"),
        "code": _("New item"),
        "title": _("Item title"),
        "component": _("Component"),
        "action": _("To do"),
        "from": _("Continues"),
        "note": _("Note"),
    }


def action_labels():
    return {
        CHECK: _("check the carried draft and publish"),
        RENEW: _("publish the new period's data"),
        ADD: _("add"),
        DROPPED: _("no longer asked"),
    }


def _division_names(item_plan):
    if item_plan.all_divisions:
        return [_("Every division")]
    return [d.name for d in item_plan.divisions] or [_("(no division)")]


def _continues_period_bound(item, component, old):
    for code in item.continues:
        try:
            old_item = old.item(code)
        except KeyError:
            continue
        if any((c.kind, c.match) == (component.kind, component.match) for c in old_item.components):
            return True
    return False


def report_rows(plan):
    """The report of ``plan`` as a list of dicts with :data:`COLUMNS` keys, sorted by division and item."""
    rows = []
    for item_plan in plan.items:
        item = item_plan.item
        carried = {c.component.key: c for c in item_plan.carried}
        sources = ", ".join(f"{plan.old.year} {code}" for code in item.continues)
        for component in item.components:
            if component.key in carried:
                action = CHECK
                count = sum(1 for c in item_plan.carried if c.component.key == component.key)
                note = _("%(count)d block(s) from %(sources)s") % {
                    "count": count,
                    "sources": ", ".join(
                        sorted({c.source_code for c in item_plan.carried if c.component.key == component.key})
                    ),
                }
            elif component.period_bound and _continues_period_bound(item, component, plan.old):
                period = PERIOD_RULES.get(component.period, component.period)
                action, note = RENEW, _("new data: %(period)s") % {"period": period}
            else:
                action = ADD
                note = (
                    _("nothing to carry from last year")
                    if component_sources(item, component, plan.old)
                    else _("new in %(year)s") % {"year": plan.new.year}
                )
            for division in _division_names(item_plan):
                rows.append(
                    {
                        "division": division,
                        "code": item.code,
                        "title": item.title,
                        "component": component.title,
                        "action": action,
                        "from": sources,
                        "note": note,
                    }
                )
    old_pages = {page.item_code.upper(): page for page in plan.old_year_page.item_pages()}
    for dropped in plan.new.dropped:
        page = old_pages.get(dropped.code)
        if page is not None and page.all_divisions:
            names = [_("Every division")]
        else:
            names = [d.name for d in page.divisions.all()] if page is not None else [_("(no division)")]
        for division in names:
            rows.append(
                {
                    "division": division,
                    "code": "",
                    "title": plan.old.item(dropped.code).title,
                    "component": "",
                    "action": DROPPED,
                    "from": f"{plan.old.year} {dropped.code}",
                    "note": dropped.reason or _("its %(year)s page stays online") % {"year": plan.old.year},
                }
            )
    rows.sort(key=lambda r: (r["division"], int(r["code"][1:]) if r["code"] else 10_000, r["action"]))
    return rows


def safe_cell(value):
    """A cell a spreadsheet will not run as a formula."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_csv(rows, output):
    """The report as CSV (UTF-8 with a byte-order mark, so spreadsheets read the Thai) to text stream ``output``."""
    labels = action_labels()
    output.write("\ufeff")
    writer = csv.writer(output, lineterminator="\r\n")
    headings = column_headings()
    writer.writerow([headings[c] for c in COLUMNS])
    for row in rows:
        writer.writerow([safe_cell(labels[row[c]] if c == "action" else row[c]) for c in COLUMNS])
