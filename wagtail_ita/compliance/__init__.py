"""Completeness rules: for one framework item and the blocks of its page, what is present and missing.

Pure functions of the framework data and a page's StreamField value (the one I/O is asking storage
whether a document opens, injectable for tests): the editor panel, the dashboard, ``ita_status``
and the exports all agree because they all call :func:`check_item`.

What a block needs to count is declared on the block class (``required_fields``, ``period_fields``,
see :mod:`wagtail_ita.blocks.declarations`); ``content.py`` and ``periods.py`` read those declarations,
``components.py`` decides one component, and this module one item. See docs/compliance.md.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from wagtail_ita.conf import get_setting

from .components import ComponentResult, block_problems, broken_files, check_component, claims
from .files import document_opens
from .status import Status

MISSING = Status.MISSING
INCOMPLETE = Status.INCOMPLETE
COMPLETE = Status.COMPLETE

#: ``WAGTAIL_ITA_AGENCY_KIND`` of an องค์กรปกครองส่วนท้องถิ่น (อปท., local administrative organisation).
LOCAL_GOVERNMENT = "local_government"

__all__ = [
    "COMPLETE",
    "INCOMPLETE",
    "LOCAL_GOVERNMENT",
    "MISSING",
    "ComponentResult",
    "ItemResult",
    "Status",
    "block_problems",
    "check_component",
    "check_item",
    "is_local_government",
]


@dataclass(frozen=True)
class ItemResult:
    item: object
    status: Status
    components: tuple[ComponentResult, ...]
    reasons: tuple[str, ...]

    @property
    def satisfied_count(self):
        return sum(1 for c in self.components if c.satisfied)


def is_local_government():
    """Whether the agency is a local administrative organisation (setting ``WAGTAIL_ITA_AGENCY_KIND``)."""
    return get_setting("AGENCY_KIND") == LOCAL_GOVERNMENT


def check_item(item, body, fiscal_year, live=True, divisions=None, local_government=None, opens=document_opens):
    """The :class:`ItemResult` of framework ``item`` given its page ``body``.

    ``fiscal_year`` is the fiscal year (ปีงบประมาณ, Buddhist era) the assessment looks at — the
    framework's ``fiscal_year``, not its assessment ``year`` (equal in 2566, not necessarily later).
    ``body`` is ``None`` when there is no page; ``live`` is whether the public can see it.
    ``local_government`` defaults to :func:`is_local_government`.
    """
    if local_government is None:
        local_government = is_local_government()
    signatures = [(c.kind, c.match) for c in item.components]
    ambiguous = {c.key: signatures.count((c.kind, c.match)) > 1 for c in item.components}
    results = tuple(
        check_component(
            component,
            body,
            fiscal_year,
            ambiguous=ambiguous[component.key],
            divisions=divisions,
            local_government=local_government,
            opens=opens,
        )
        for component in item.components
    )
    reasons = [reason for result in results for reason in result.reasons]
    # A file that does not open fails the item wherever it is linked, also from a block serving no component.
    unclaimed = [block for block in body or [] if not any(claims(c, block, ambiguous[c.key]) for c in item.components)]
    stray = [reason for block in unclaimed for reason in broken_files(block.value, opens)]
    reasons += stray
    if body is None:
        return ItemResult(item, MISSING, results, (_("there is no page for this item yet"), *reasons))
    if not live:
        return ItemResult(item, MISSING, results, (_("this page is not published"), *reasons))
    if not stray and all(result.satisfied for result in results):
        return ItemResult(item, COMPLETE, results, ())
    if not len(body):
        return ItemResult(item, MISSING, results, tuple(reasons))
    return ItemResult(item, INCOMPLETE, results, tuple(reasons))
