"""The rows of one assessment year: each framework item with its page, divisions and, for staff, status.

The one row builder of a year (:func:`item_rows`): the year page's index, its open data, the staff
status badges, and every :class:`~wagtail_ita.status.ItemStatus` (``ita_status``, the dashboard, the
exports, snapshots, reminders) read its rows, and it is the one place a year's items are checked
(:func:`~wagtail_ita.compliance.check_item`). It imports no model: the year page hands it its item
pages and the agency's divisions (:meth:`wagtail_ita.models.AssessmentYearPage.item_rows`), so the
number of queries does not grow with the number of items.
"""

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from wagtail.models import Page

from wagtail_ita.compliance import check_item


@dataclass(frozen=True)
class ItemLink:
    """What the public index shows of one item page, read as plain values rather than as a page.

    The index lists every item of the year (43 in 2566): building that many page instances cost it more
    than rendering the whole table, so anonymous visitors' rows carry these
    (:meth:`wagtail_ita.models.AssessmentYearPage.item_links_by_code`). ``division_names`` are the names
    of the page's divisions, in the divisions' own order.
    """

    pk: int
    item_code: str
    slug: str
    title: str
    live: bool
    last_published_at: datetime | None
    all_divisions: bool
    translation_key: UUID
    division_names: tuple = ()


def division_names(divisions):
    """``{name: every name and alias}`` of ``divisions``: what the rules match per-division blocks against."""
    return {division.name: division.all_names() for division in divisions}


def item_rows(framework, pages, agency_divisions=None, with_status=False):
    """One dict per item of ``framework``, in item order.

    ``pages`` are the year's item pages by upper-case item code, with their divisions prefetched (and their
    ``body`` for ``with_status``), or :class:`ItemLink` records of them (not ``with_status``);
    ``agency_divisions()`` returns the agency's divisions, asked at most once and only when an
    every-division item is checked.

    Keys: ``item`` (framework data), ``category``, ``sub_indicator``, ``page`` (the item page or ``None``),
    ``public`` (the page is live), ``divisions`` (names, by name), ``division_list`` (the page's
    :class:`~wagtail_ita.models.Division` objects in their own order; empty for an :class:`ItemLink`),
    ``all_divisions`` and, with
    ``with_status``, ``result`` (the :class:`~wagtail_ita.compliance.ItemResult`) and ``status`` (a
    :class:`~wagtail_ita.compliance.Status`) — shown to signed-in staff only.
    """
    agency = None
    rows = []
    for item in framework.items:
        page = pages.get(item.code)
        category = framework.category(item.category)
        all_divisions = page.all_divisions if page else item.all_divisions
        if isinstance(page, ItemLink):
            division_list, names = [], page.division_names
        else:
            division_list = list(page.divisions.all()) if page else []
            names = [division.name for division in division_list]
        row = {
            "item": item,
            "category": category,
            "sub_indicator": framework.sub_indicator(category.sub_indicator),
            "page": page,
            "public": bool(page and page.live),
            "divisions": sorted(names),
            "division_list": division_list,
            "all_divisions": all_divisions,
        }
        if with_status:
            responsible = None
            if page is not None:
                if all_divisions and agency is None:
                    agency = list(agency_divisions())
                # The page row holds the published content; drafts live in revisions.
                responsible = division_names(agency if all_divisions else division_list)
            row["result"] = check_item(
                item,
                page.body if page else None,
                framework.fiscal_year,
                live=row["public"],
                divisions=responsible,
            )
            row["status"] = row["result"].status
        rows.append(row)
    return rows


def translated_rows(rows, year_page, translated_names):
    """The rows of the original year page (:func:`item_rows`) as its translation ``year_page`` lists them.

    Each row's ``page`` becomes its translation under ``year_page`` (``None`` while there is none) and
    ``public`` says whether that translation is live; the original page moves to ``original`` (the
    index links a not yet translated item to it, in Thai); division names are translated where the
    division is (``translated_names``: ``{original name: translated name}``); ``status`` (staff
    only) stays the original's, the one the NACC assesses.
    """
    keys = [row["page"].translation_key for row in rows if row["page"] is not None]
    translations = {
        page.translation_key: page
        for page in Page.objects.child_of(year_page).filter(translation_key__in=keys, locale=year_page.locale_id)
    }
    framework = year_page.framework
    result = []
    for row in rows:
        original = row["page"]
        page = translations.get(original.translation_key) if original is not None else None
        item = framework.item(row["item"].code)
        category = framework.category(item.category)
        result.append(
            {
                **row,
                "item": item,
                "category": category,
                "sub_indicator": framework.sub_indicator(category.sub_indicator),
                "page": page,
                "public": bool(page and page.live),
                "original": original,
                "original_public": row["public"],
                "divisions": [translated_names.get(name, name) for name in row["divisions"]],
            }
        )
    return result


def item_tree(framework, rows):
    """The rows of :func:`item_rows` grouped as indicator → sub-indicator → category."""
    tree = []
    for row in rows:
        sub = row["sub_indicator"]
        if not tree or tree[-1]["number"] != sub.indicator:
            indicator = framework.indicator(sub.indicator)
            tree.append({"number": indicator.number, "title": indicator.title, "sub_indicators": []})
        subs = tree[-1]["sub_indicators"]
        if not subs or subs[-1]["number"] != sub.number:
            subs.append({"number": sub.number, "title": sub.title, "categories": []})
        categories = subs[-1]["categories"]
        if not categories or categories[-1]["key"] != row["category"].key:
            categories.append({"key": row["category"].key, "title": row["category"].title, "rows": []})
        categories[-1]["rows"].append(row)
    return tree
