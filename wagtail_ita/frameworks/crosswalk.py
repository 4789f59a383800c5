"""The crosswalk between two assessment years' frameworks.

The NACC merges, splits and renumbers items from year to year (2569's O1 is 2566's O1 structure and
O3 powers together). A later year's file therefore names the framework it follows (``previous``),
and each of its items the previous items it continues (``from``; ``from = []`` for a new item); the
previous items no longer asked are listed as ``[[dropped]]``. The crosswalk may skip years: 2569
names ``previous = 2566`` because 2567 and 2568 are not known in full.

Content is carried component by component: a new component with ``carry_over = true`` (and not
bound to a period) receives the blocks of the previous items' components of the same kind and
``match``; when the new item has several such components, only the one with the same key.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .errors import FrameworkError, msg


def check_crosswalk(parser, framework, previous_loader):
    """Record in ``parser`` every problem of ``framework``'s crosswalk (it is being loaded)."""
    if framework.previous is None:
        for index, item in enumerate(parser.data.get("items") or []):
            if isinstance(item, dict) and "from" in item:
                parser.problem(
                    _("'from' needs 'previous', the year this crosswalk leads from"),
                    ("items", index),
                    str(item.get("code", "")),
                    "from",
                )
        if framework.dropped:
            parser.problem(_("'dropped' needs 'previous', the year this crosswalk leads from"), ("dropped", 0))
        return
    try:
        previous = previous_loader(framework.previous)
    except FrameworkError as exc:
        parser.problem(
            msg(_("the previous framework (%(year)s) cannot be loaded: %(error)s"), year=framework.previous, error=exc),
            (),
            field="previous",
        )
        return
    known = {item.code for item in previous.items}
    continued = {}
    for index, table in enumerate(parser.data.get("items") or []):
        if not isinstance(table, dict):
            continue
        code = str(table.get("code", "")).strip().upper()
        where = ("items", index)
        if not parser.from_given.get(code):
            parser.problem(
                msg(
                    _("no 'from': name the items of %(year)s this item continues, or write 'from = []' for a new item"),
                    year=previous.year,
                ),
                where,
                code,
            )
            continue
        item = framework.item(code) if code in {i.code for i in framework.items} else None
        sources = item.continues if item else ()
        seen = set()
        for source in sources:
            if source in seen:
                parser.problem(msg(_("'%(code)s' is named twice"), code=source), where, code, "from")
            seen.add(source)
            if source not in known:
                parser.problem(
                    msg(_("'%(code)s' is not an item of %(year)s"), code=source, year=previous.year),
                    where,
                    code,
                    "from",
                )
            else:
                continued.setdefault(source, []).append(code)
    for index, dropped in enumerate(framework.dropped):
        where = ("dropped", index)
        if dropped.code not in known:
            parser.problem(
                msg(_("'%(code)s' is not an item of %(year)s"), code=dropped.code, year=previous.year),
                where,
                dropped.code,
                "code",
            )
        elif dropped.code in continued:
            parser.problem(
                msg(
                    _("'%(code)s' is listed as dropped, but %(items)s continue it"),
                    code=dropped.code,
                    items=", ".join(continued[dropped.code]),
                ),
                where,
                dropped.code,
                "code",
            )
    dropped_codes = {d.code for d in framework.dropped}
    forgotten = [item.code for item in previous.items if item.code not in continued and item.code not in dropped_codes]
    if forgotten:
        parser.problem(
            msg(
                _("items of %(year)s neither continued ('from') nor listed in [[dropped]]: %(codes)s"),
                year=previous.year,
                codes=", ".join(forgotten),
            ),
            (),
            field="previous",
        )
    for index, table in enumerate(parser.data.get("items") or []):
        code = str(table.get("code", "")).strip().upper() if isinstance(table, dict) else ""
        if code not in {i.code for i in framework.items}:
            continue
        item = framework.item(code)
        for component_index, component in enumerate(item.components):
            if component.carries_over and item.continues and not component_sources(item, component, previous):
                parser.problem(
                    msg(
                        _(
                            "'carry_over = true', but no component of kind '%(kind)s' in %(items)s of %(year)s to carry from"
                        ),
                        kind=component.kind,
                        items=", ".join(item.continues),
                        year=previous.year,
                    ),
                    ("items", index, "components", component_index),
                    f"{code} component {component.key}",
                    "carry_over",
                    warning=True,
                )


def _signature(component):
    return (component.kind, component.match)


def component_sources(item, component, previous):
    """The ``(previous item, previous component)`` pairs whose content ``component`` of ``item`` receives.

    Empty unless the component carries over. Same kind and ``match``; when ``item`` has several
    carried components with that signature, only the previous component with the same key.
    """
    if not component.carries_over:
        return []
    ambiguous = sum(1 for c in item.components if c.carries_over and _signature(c) == _signature(component)) > 1
    sources = []
    for code in item.continues:
        try:
            old_item = previous.item(code)
        except KeyError:
            continue
        for old in old_item.components:
            if _signature(old) == _signature(component) and (not ambiguous or old.key == component.key):
                sources.append((old_item, old))
    return sources


def carried_into(item, previous):
    """``{(previous item code, previous component key): component of item}`` for every carried component."""
    mapping = {}
    for component in item.components:
        for old_item, old in component_sources(item, component, previous):
            mapping.setdefault((old_item.code, old.key), component)
    return mapping


@dataclass(frozen=True)
class ItemChange:
    """How one item of a later framework relates to the previous framework's items."""

    item: object
    sources: tuple  # previous items it continues
    kind: str  # "new", "same", "renumbered", "merged", "split"
    changes: tuple  # (field, before, after) for what differs
    carried: tuple  # (component key, "O3.authority", …) components receiving content
    added: tuple  # component keys with no counterpart in the previous items
    removed: tuple  # "O3.key" components of previous items with no counterpart here


def item_changes(previous, framework):
    """One :class:`ItemChange` per item of ``framework``, read through its crosswalk to ``previous``."""
    continued_by = {}
    for item in framework.items:
        for code in item.continues:
            continued_by.setdefault(code, []).append(item.code)
    changes = []
    for item in framework.items:
        sources = tuple(previous.item(code) for code in item.continues if code in {i.code for i in previous.items})
        if not sources:
            kind = "new"
        elif len(sources) > 1:
            kind = "merged"
        elif len(continued_by.get(sources[0].code, ())) > 1:
            kind = "split"
        else:
            kind = "same" if sources[0].code == item.code else "renumbered"
        fields = []
        if len(sources) == 1:
            old = sources[0]
            for name in ("title", "category", "divisions", "all_divisions"):
                if getattr(old, name) != getattr(item, name):
                    fields.append((name, getattr(old, name), getattr(item, name)))
        old_signatures = {(c.kind, c.match) for old in sources for c in old.components}
        new_signatures = {(c.kind, c.match) for c in item.components}
        carried = tuple(
            (component.key, tuple(f"{old.code}.{oc.key}" for old, oc in component_sources(item, component, previous)))
            for component in item.components
            if component.carries_over
        )
        periods = []
        for component in item.components:
            for old in sources:
                for oc in old.components:
                    if (oc.kind, oc.match) == (component.kind, component.match) and oc.period != component.period:
                        periods.append(
                            (f"{component.key}.period", f"{old.code}.{oc.key}: {oc.period}", component.period)
                        )
        changes.append(
            ItemChange(
                item=item,
                sources=sources,
                kind=kind,
                changes=tuple(fields + periods),
                carried=carried,
                added=tuple(c.key for c in item.components if (c.kind, c.match) not in old_signatures),
                removed=tuple(
                    f"{old.code}.{oc.key}"
                    for old in sources
                    for oc in old.components
                    if (oc.kind, oc.match) not in new_signatures
                ),
            )
        )
    return changes
