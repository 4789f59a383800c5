"""Completeness rules: for one framework item and the blocks of its page, what is present and missing.

Pure functions of the framework data and a page's StreamField value (the one I/O is asking storage
whether a document opens, injectable for tests): the editor panel, the dashboard, ``ita_status``
and the exports all agree because they all call :func:`check_item`.

A component (องค์ประกอบด้านข้อมูล) is satisfied by ``min_count`` blocks that each

* are of the component's kind with its ``match`` values — or a ``document`` block naming it;
* name the component, when the item has several components of the same kind and match;
* have every required field filled in (``content.py``), every element with a page number
  (documents), every file opening (``files.py``), and data of the right period (``periods.py``).
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from wagtail_ita.blocks.values import documents_in

from .content import content_problems
from .files import FILE_DOES_NOT_OPEN, document_opens
from .periods import period_problems

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


def _normal(text):
    return " ".join(str(text).split())


def _claims(component, block, ambiguous):
    """Whether a body block offers itself for ``component``."""
    value = block.value
    if block.block_type == "document" and component.kind != "document":
        return value.get("component") == component.key
    if block.block_type != component.kind:
        return False
    if not all(str(value.get(name, "")) == expected for name, expected in component.match):
        return False
    declared = value.get("component") if "component" in block.block.child_blocks else None
    if declared:
        return declared == component.key
    return not ambiguous


def block_problems(component, block, year, opens=document_opens):
    """Reasons why one claiming ``block`` does not (yet) satisfy ``component``; empty when it does."""
    value = block.value
    kind = block.block_type
    problems = list(content_problems(kind, block.block, value, component.fields if kind == component.kind else ()))
    if kind == "document":
        entries = {_normal(e.get("element", "")): e.get("page") for e in value.get("contents") or []}
        for element in component.elements:
            if not entries.get(_normal(element)):
                problems.append(_("no page number for “%(element)s”") % {"element": element})
    if any(not opens(document) for document in documents_in(value)):
        problems.append(str(FILE_DOES_NOT_OPEN))
    problems += period_problems(component.period, kind, value, year)
    return problems


def _division_of(block, names_by_division):
    declared = _normal(block.value.get("division") or "")
    for division, names in names_by_division.items():
        if declared in names:
            return division
    return None


def check_component(component, body, year, ambiguous=False, divisions=None, opens=document_opens):
    """The :class:`ComponentResult` of ``component`` given a page ``body``.

    ``divisions`` maps each responsible division's display name to the set of its names and
    aliases; it matters for ``per_division`` components, which need a good block per division.
    """
    title = component.title
    claiming = [block for block in body or [] if _claims(component, block, ambiguous)]
    good, reasons = [], []
    for block in claiming:
        problems = block_problems(component, block, year, opens)
        if problems:
            reasons += [f"{title}: {problem}" for problem in problems]
        else:
            good.append(block)
    if component.per_division and divisions:
        covered = {_division_of(block, divisions) for block in good}
        lacking = [name for name in divisions if name not in covered]
        if lacking:
            reasons.append(
                _("%(component)s: none yet for %(divisions)s") % {"component": title, "divisions": ", ".join(lacking)}
            )
            return ComponentResult(component, False, tuple(reasons))
        return ComponentResult(component, True)
    if len(good) >= component.min_count:
        return ComponentResult(component, True)
    if not claiming:
        reasons.append(_("%(component)s: not provided yet") % {"component": title})
    elif len(good) < component.min_count and component.min_count > 1:
        reasons.append(
            _("%(component)s: at least %(required)d needed, %(found)d complete")
            % {"component": title, "required": component.min_count, "found": len(good)}
        )
    return ComponentResult(component, False, tuple(reasons))


def check_item(item, body, year, live=True, divisions=None, opens=document_opens):
    """The :class:`ItemResult` of framework ``item`` for assessment ``year`` given its page ``body``.

    ``body`` is ``None`` when there is no page; ``live`` is whether the public can see it.
    """
    signatures = [(c.kind, c.match) for c in item.components]
    results = tuple(
        check_component(
            component,
            body,
            year,
            ambiguous=signatures.count((component.kind, component.match)) > 1,
            divisions=divisions,
            opens=opens,
        )
        for component in item.components
    )
    reasons = [reason for result in results for reason in result.reasons]
    if body is None:
        return ItemResult(item, MISSING, results, (_("there is no page for this item yet"), *reasons))
    if not live:
        return ItemResult(item, MISSING, results, (_("this page is not published"), *reasons))
    if all(result.satisfied for result in results):
        return ItemResult(item, COMPLETE, results, ())
    if not len(body):
        return ItemResult(item, MISSING, results, tuple(reasons))
    return ItemResult(item, INCOMPLETE, results, tuple(reasons))
