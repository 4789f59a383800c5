"""One required component (องค์ประกอบด้านข้อมูล) against the blocks of a page body.

A component is satisfied when

* enough blocks claim it (``min_count``; for ``per_division`` one per responsible division; for
  ``per_side`` in a local administrative organisation one per side, ฝ่ายการเมือง and ฝ่ายประจำ),
* each counted block has what its declaration requires, every element with a page number
  (documents) and data of the right period, and
* every file linked from any block claiming it opens — one broken file fails the component even when
  other blocks would have been enough: the public page would link it, and the evaluator fails it;
* for a coverage rule (``first_half_year``, ``covers_fiscal_year``) the counted blocks together cover
  the period.
"""

from dataclasses import dataclass
from types import SimpleNamespace

from django.utils.translation import gettext as _

from wagtail_ita.blocks.people import SIDES

from .content import content_problems, requirements_of
from .files import broken_files, document_opens
from .periods import coverage_problems, evidence, period_problems


@dataclass(frozen=True)
class ComponentResult:
    component: object
    satisfied: bool
    reasons: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def normal(text):
    return " ".join(str(text).split())


def kind_of(block):
    """The component kind a body block stands for: its class's ``component_kind``, else its name.

    Two blocks may stand for one kind: O29's figures typed in (``complaint_statistics``) or derived
    from the report channel (``channel_complaint_statistics``).
    """
    return getattr(block.block, "component_kind", None) or block.block_type


def as_checked(block, component, fiscal_year):
    """``block`` as the rules check it: a block whose figures are derived (``rules_value``) is checked
    as the figures it shows, in the shape of the hand-entered block of its kind."""
    rules_value = getattr(block.block, "rules_value", None)
    if rules_value is None:
        return block
    struct, value = rules_value(block.value, fiscal_year, component.period)
    return SimpleNamespace(block=struct, value=value, block_type=kind_of(block), id=getattr(block, "id", None))


def claims(component, block, ambiguous):
    """Whether a body block offers itself for ``component``."""
    value = block.value
    if block.block_type == "document" and component.kind != "document":
        return value.get("component") == component.key
    if kind_of(block) != component.kind:
        return False
    if not all(str(value.get(name, "")) == expected for name, expected in component.match):
        return False
    declared = value.get("component") if "component" in block.block.child_blocks else None
    if declared:
        return declared == component.key
    return not ambiguous


def block_problems(component, block, fiscal_year, opens=document_opens):
    """Reasons why one claiming ``block`` does not (yet) count for ``component``; empty when it does.

    Broken files are not among them: :func:`check_component` reports those for every claiming block.
    """
    value = block.value
    requirements = requirements_of(block.block, component.fields if block.block_type == component.kind else ())
    problems = content_problems(block.block, value, requirements)
    if block.block_type == "document":
        entries = {normal(e.get("element", "")): e.get("page") for e in value.get("contents") or []}
        for element in component.elements:
            if not entries.get(normal(element)):
                problems.append(_("no page number for “%(element)s”") % {"element": element})
    problems += period_problems(component.period, block.block, value, fiscal_year)
    if block.block_type == component.kind and hasattr(block.block, "compliance_problems"):
        problems += block.block.compliance_problems(value)
    return problems


def _notes(blocks):
    """What the counted blocks say about themselves for the panel (e.g. which Q&A page O8 links)."""
    return tuple(
        note for b in blocks if hasattr(b.block, "compliance_notes") for note in b.block.compliance_notes(b.value)
    )


def _group_of(block, names_by_group):
    declared = normal(block.value.get("division") or "")
    for group, names in names_by_group.items():
        if declared in names:
            return group
    return None


def _lacking(groups, good, group_of):
    """The groups (divisions, sides) without a good block, in order."""
    covered = {group_of(block) for block in good}
    return [group for group in groups if group not in covered]


def check_component(
    component, body, fiscal_year, ambiguous=False, divisions=None, local_government=False, opens=document_opens
):
    """The :class:`ComponentResult` of ``component`` given a page ``body`` in ``fiscal_year``.

    ``divisions`` maps each responsible division's display name to the set of its names and aliases; it
    matters for ``per_division`` components. ``local_government`` turns on ``per_side``.
    """
    title = component.title
    claiming = [as_checked(b, component, fiscal_year) for b in body or [] if claims(component, b, ambiguous)]
    good, reasons, broken = [], [], []
    for block in claiming:
        problems = block_problems(component, block, fiscal_year, opens)
        broken += broken_files(block.value, opens)
        if problems:
            reasons += [f"{title}: {problem}" for problem in problems]
        else:
            good.append(block)
    reasons += [f"{title}: {reason}" for reason in broken]
    enough, shortfall = _enough(component, good, claiming, divisions, local_government)
    reasons += [f"{title}: {reason}" for reason in shortfall]
    coverage = coverage_problems(component.period, [evidence(b.block, b.value) for b in good], fiscal_year)
    if good:
        reasons += [f"{title}: {reason}" for reason in coverage]
    if enough and not broken and not coverage:
        return ComponentResult(component, True, notes=_notes(good))
    return ComponentResult(component, False, tuple(reasons))


def _enough(component, good, claiming, divisions, local_government):
    """Whether ``good`` blocks are enough for ``component``, and the Thai reasons when they are not."""
    if component.per_division and divisions:
        lacking = _lacking(divisions, good, lambda block: _group_of(block, divisions))
        if lacking:
            return False, [_("none yet for %(divisions)s") % {"divisions": ", ".join(lacking)}]
        return True, []
    if len(good) < component.min_count:
        if not claiming:
            return False, [_("not provided yet")]
        if component.min_count > 1:
            return False, [
                _("at least %(required)d needed, %(found)d complete")
                % {"required": component.min_count, "found": len(good)}
            ]
        return False, []
    if component.per_side and local_government:
        sides = dict(SIDES)
        lacking = _lacking(sides, good, lambda block: block.value.get("side"))
        if lacking:
            return False, [
                _("none yet for the %(sides)s (a local administrative organisation shows both sides)")
                % {"sides": ", ".join(str(sides[side]) for side in lacking)}
            ]
    return True, []
