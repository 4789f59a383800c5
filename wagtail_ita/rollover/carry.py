"""Which blocks of last year's item pages are carried into the new year's item, and how they are copied.

A block is carried only when all of these hold:

* it claims a component of its previous item (the completeness check's rule: same kind and
  ``match``, or a ``document`` block naming the component);
* the new item has a component continuing that one with ``carry_over`` (never one bound to a
  period, see :attr:`Component.carries_over <wagtail_ita.frameworks.schema.Component.carries_over>`);
* the block itself states no period (a policy with an effective date, a document with a period);
* the new item's page type offers a block of that kind.

The copy is the stored JSON of the block with a new id, and its ``component`` field (if any) set to
the new component's key.
"""

import copy
import uuid
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from wagtail_ita.compliance.components import claims
from wagtail_ita.compliance.periods import evidence
from wagtail_ita.frameworks.crosswalk import carried_into
from wagtail_ita.frameworks.vocabulary import CARRYABLE_KINDS

NOT_CLAIMED = _("claims no component of its item")
NOT_CARRIED = _("its component is not carried over (bound to a period, or not marked carry_over)")
STATES_PERIOD = _("it states a period, so it belongs to last year")
NO_SUCH_BLOCK = _("the new item's page type offers no block of this kind")


@dataclass(frozen=True)
class CarriedBlock:
    """One block of a previous item page copied into a new item's draft."""

    source_code: str
    source_component: str
    component: object  # the new item's component
    raw: dict  # the copied stream data, ready to store


@dataclass(frozen=True)
class LeftBlock:
    """A block of a previous item page that stays in last year, and why."""

    source_code: str
    block_type: str
    reason: object


def claimed_component(item, child):
    """The component of framework ``item`` that the stream block ``child`` offers itself for, or ``None``.

    The rule of the completeness check (:func:`wagtail_ita.compliance.components.claims`).
    """
    signatures = [(c.kind, c.match) for c in item.components]
    for component in item.components:
        if claims(component, child, signatures.count((component.kind, component.match)) > 1):
            return component
    return None


def previous_body(page):
    """What an old item page shows: its published body, or its latest draft if it was never published."""
    if page.live:
        return page.body
    return page.get_latest_revision_as_object().body


def carry_blocks(new_item, previous, source_pages, offered):
    """``(carried, left)``: the blocks of ``source_pages`` copied into ``new_item`` and those that stay.

    ``previous`` is the previous framework, ``source_pages`` the previous item pages ``new_item``
    continues, ``offered`` the block names of the new item's page type.
    """
    mapping = carried_into(new_item, previous)
    carried, left = [], []
    for page in source_pages:
        try:
            old_item = previous.item(page.item_code)
        except KeyError:
            continue
        body = previous_body(page)
        raw_blocks = list(body.raw_data)
        for index, child in enumerate(body):
            if child.block_type == "text":
                continue
            component = claimed_component(old_item, child)
            target = mapping.get((old_item.code, component.key)) if component else None
            reason = None
            if component is None:
                reason = NOT_CLAIMED
            elif target is None or child.block_type not in CARRYABLE_KINDS:
                reason = NOT_CARRIED
            elif evidence(child.block, child.value):
                reason = STATES_PERIOD
            elif child.block_type not in offered:
                reason = NO_SUCH_BLOCK
            if reason is not None:
                left.append(LeftBlock(old_item.code, child.block_type, reason))
                continue
            raw = copy.deepcopy(dict(raw_blocks[index]))
            raw["id"] = str(uuid.uuid4())
            if isinstance(raw.get("value"), dict) and "component" in raw["value"]:
                raw["value"]["component"] = target.key
            carried.append(CarriedBlock(old_item.code, component.key, target, raw))
    return carried, left
