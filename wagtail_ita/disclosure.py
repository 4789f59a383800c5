"""What the public sees of one assessment year: its items in indicator order, with pages and divisions.

The year page, its open data and the staff status badges all read the same rows. Everything is
loaded in a number of queries that does not grow with the number of items: the index needs one
for the pages, one for their item fields and two for their divisions, whatever the page types.
"""

from collections import defaultdict

from django.db import connection
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from wagtail_ita.compliance import check_item
from wagtail_ita.models import DisclosureItemPage, Division


def _pks_by_model(pages):
    by_model = defaultdict(list)
    for page in pages:
        by_model[page.specific_class].append(page.pk)
    return by_model


def _union(selects):
    """Rows of ``(model, columns, key column, keys)`` selects, read with one ``UNION ALL`` query.

    Plain SQL on purpose: the ORM would compile one sub-query per item page type (15 in 2566) on
    every request, which costs more than rendering the index.
    """
    quote = connection.ops.quote_name
    parts, params = [], []
    for table, columns, key, keys in selects:
        placeholders = ", ".join(["%s"] * len(keys))
        names = ", ".join(quote(column) for column in columns)
        parts.append(f"SELECT {names} FROM {quote(table)} WHERE {quote(key)} IN ({placeholders})")  # noqa: S608
        params.extend(keys)
    if not parts:
        return []
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return cursor.fetchall()


def divisions_by_page(pages):
    """``{page pk: [Division, …]}`` for item pages of any types, in two queries.

    Every item page type has its own many-to-many table; one ``UNION ALL`` reads all of them.
    """
    selects = []
    for model, ids in _pks_by_model(pages).items():
        field = model._meta.get_field("divisions")
        through = field.remote_field.through._meta
        source = through.get_field(field.m2m_field_name()).column
        target = through.get_field(field.m2m_reverse_field_name()).column
        selects.append((through.db_table, (source, target), source, ids))
    links = _union(selects)
    divisions = Division.objects.in_bulk({division_id for _page_id, division_id in links}) if links else {}
    result = defaultdict(list)
    for page_id, division_id in links:
        result[page_id].append(divisions[division_id])
    for names in result.values():
        names.sort(key=lambda division: division.name)
    return result


def item_pages(year_page, with_body=True):
    """The year's item pages by item code, each with ``item_code`` and ``all_divisions``.

    With ``with_body`` they are their specific types (one query per page type); without, they are
    plain :class:`~wagtail.models.Page` objects given those two fields by one ``UNION ALL`` query
    over the item page tables — all the index needs.
    """
    children = year_page.get_children()
    if with_body:
        pages = [page for page in children.specific() if hasattr(page, "item_code")]
    else:
        pages = [page for page in children if issubclass(page.specific_class or Page, DisclosureItemPage)]
        selects = []
        for model, ids in _pks_by_model(pages).items():
            meta = model._meta
            columns = (meta.pk.column, meta.get_field("item_code").column, meta.get_field("all_divisions").column)
            selects.append((meta.db_table, columns, meta.pk.column, ids))
        fields = {pk: (code, bool(all_divisions)) for pk, code, all_divisions in _union(selects)}
        for page in pages:
            page.item_code, page.all_divisions = fields[page.pk]
    return {page.item_code.upper(): page for page in pages}


def item_rows(year_page, with_status=False, with_body=False):
    """One dict per framework item of the year, in item order.

    Keys: ``item`` (framework data), ``category``, ``sub_indicator``, ``page`` (the item page or
    ``None``), ``public`` (the page is live), ``divisions`` (names), ``all_divisions`` and, with
    ``with_status``, ``status`` (``missing``/``incomplete``/``complete``) — for signed-in staff only.
    Pages carry their ``body`` only ``with_body`` (or ``with_status``, which needs it).
    """
    framework = year_page.framework
    pages = item_pages(year_page, with_body=with_body or with_status)
    page_divisions = divisions_by_page(pages.values())
    agency = None
    rows = []
    for item in framework.items:
        page = pages.get(item.code)
        category = framework.category(item.category)
        all_divisions = page.all_divisions if page else item.all_divisions
        divisions = page_divisions.get(page.pk, []) if page else []
        row = {
            "item": item,
            "category": category,
            "sub_indicator": framework.sub_indicator(category.sub_indicator),
            "page": page,
            "public": bool(page and page.live),
            "divisions": [division.name for division in divisions],
            "all_divisions": all_divisions,
        }
        if with_status:
            if all_divisions and agency is None:
                agency = list(Division.objects.agency())
            responsible = agency if all_divisions else divisions
            result = check_item(
                item,
                page.body if page else None,
                framework.fiscal_year,
                live=bool(page and page.live),
                divisions={division.name: division.all_names() for division in responsible},
            )
            row["status"] = result.status
        rows.append(row)
    return rows


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


#: Labels of the completeness statuses on the staff badge.
STATUS_LABELS = {
    "missing": _("No data yet"),
    "incomplete": _("Incomplete"),
    "complete": _("Complete"),
}
