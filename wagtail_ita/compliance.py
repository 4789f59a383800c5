"""Completeness rules: for one framework item and the blocks of its page, what is present and missing.

Pure functions of the framework data and a page's StreamField value; no database or template logic
lives here, so the editor panel, the dashboard, ``ita_status`` and the exports all agree.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

MISSING = "missing"
INCOMPLETE = "incomplete"
COMPLETE = "complete"


@dataclass(frozen=True)
class ComponentResult:
    component: object
    satisfied: bool
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemResult:
    item: object
    status: str
    components: tuple[ComponentResult, ...]
    reasons: tuple[str, ...]

    @property
    def satisfied_count(self):
        return sum(1 for c in self.components if c.satisfied)


def _matches(component, block):
    value = block.value
    return all(str(value.get(field, "")) == expected for field, expected in component.match)


def _blocks_for(component, body):
    """Blocks of ``body`` that claim to fulfil ``component``."""
    found = []
    for block in body or []:
        if block.block_type == component.kind and _matches(component, block):
            found.append(block)
        elif block.block_type == "document" and block.value.get("component") == component.key:
            found.append(block)
    return found


def check_component(component, body):
    blocks = _blocks_for(component, body)
    if len(blocks) >= component.min_count:
        return ComponentResult(component, True)
    if not blocks:
        reason = _("No %(component)s yet") % {"component": component.title}
    else:
        reason = _("%(component)s: at least %(required)d needed, %(found)d found") % {
            "component": component.title,
            "required": component.min_count,
            "found": len(blocks),
        }
    return ComponentResult(component, False, (reason,))


def check_item(item, body, live=True):
    """The :class:`ItemResult` of framework ``item`` given the ``body`` of its page.

    ``body`` is ``None`` when there is no page; ``live`` is whether the public can see it.
    """
    results = tuple(check_component(component, body) for component in item.components)
    reasons = [reason for result in results for reason in result.reasons]
    if body is None:
        return ItemResult(item, MISSING, results, (_("This item has no page yet"), *reasons))
    if not live:
        return ItemResult(item, MISSING, results, (_("This page is not published yet"), *reasons))
    if all(result.satisfied for result in results):
        return ItemResult(item, COMPLETE, results, ())
    if not any(result.satisfied for result in results):
        return ItemResult(item, MISSING, results, tuple(reasons))
    return ItemResult(item, INCOMPLETE, results, tuple(reasons))
