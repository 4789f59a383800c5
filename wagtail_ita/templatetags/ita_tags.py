"""Template tags of the public ITA section."""

from django import template

register = template.Library()


@register.simple_tag
def ita_item_tree(year_page):
    """The indicator → sub-indicator → category → item rows tree of a year page's framework.

    Each row has ``item`` (framework data), ``page`` (the item page or ``None``), ``divisions``
    (names) and ``all_divisions``.
    """
    framework = year_page.framework
    pages = {p.item_code.upper(): p for p in year_page.item_pages()}
    tree = []
    for indicator in framework.indicators:
        subs = []
        for sub in framework.sub_indicators:
            if sub.indicator != indicator.number:
                continue
            categories = []
            for category in framework.categories:
                if category.sub_indicator != sub.number:
                    continue
                rows = []
                for item in framework.items_in(category.key):
                    page = pages.get(item.code)
                    rows.append(
                        {
                            "item": item,
                            "page": page,
                            "divisions": [d.name for d in page.divisions.all()] if page else [],
                            "all_divisions": page.all_divisions if page else item.all_divisions,
                        }
                    )
                categories.append({"title": category.title, "rows": rows})
            subs.append({"number": sub.number, "title": sub.title, "categories": categories})
        tree.append({"number": indicator.number, "title": indicator.title, "sub_indicators": subs})
    return tree
