"""Fill the item pages O1-O43 with the demo's content and publish them."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from .content import BUILDERS, NOTES
from .users import DemoStateError

COORDINATOR_KEY = "strategy"


@dataclass
class ItemsReport:
    filled: list = field(default_factory=list)  # (code, number of blocks)
    kept: list = field(default_factory=list)  # codes whose pages already had content
    unknown: list = field(default_factory=list)  # codes the demo has no content for


def body_value(page, raw_blocks):
    """Convert and validate ``(block name, raw value)`` pairs for ``page``'s body, as the admin form would."""
    stream_block = page._meta.get_field("body").stream_block
    values = []
    for index, (name, raw) in enumerate(raw_blocks, start=1):
        block = stream_block.child_blocks.get(name)
        if block is None:
            raise DemoStateError(f"{page.item_code}: หน้าประเภท {type(page).__name__} ไม่มีบล็อก “{name}”")
        try:
            value = block.clean(block.to_python(raw))
        except ValidationError as exc:
            detail = exc.as_json_data() if hasattr(exc, "as_json_data") else exc.messages
            raise DemoStateError(f"{page.item_code}: บล็อกที่ {index} ({name}) ไม่ผ่านการตรวจสอบ: {detail}") from exc
        values.append((name, value))
    return values


def declare_components(item, raw_blocks):
    """Name the component on blocks that can say which one they show, when only one can fit.

    An editor picks it from a list; the demo does the same for every block whose kind and match
    values fit exactly one of the item's components (documents name theirs explicitly).
    """
    for name, raw in raw_blocks:
        if name == "document" or raw.get("component"):
            continue
        fitting = [
            c
            for c in item.components
            if c.kind == name and all(str(raw.get(field, "")) == expected for field, expected in c.match)
        ]
        if len(fitting) == 1:
            raw["component"] = fitting[0].key
    return raw_blocks


def _author(page, editors):
    """The division editor who "wrote" the page; items of every division are written by the coordinator."""
    for division in page.divisions.all():
        if division.key in editors:
            return editors[division.key]
    return editors.get(COORDINATOR_KEY)


def fill_items(ctx, year_page, publisher, log=None):
    """Give every empty item page of ``year_page`` its demo body and ITAS note, then publish it.

    Pages that already hold content, or a draft, are left as they are.
    """
    report = ItemsReport()
    for page in year_page.item_pages():
        code = page.item_code.upper()
        builder = BUILDERS.get(code)
        if builder is None:
            report.unknown.append(code)
            continue
        if len(page.body) or page.has_unpublished_changes:
            report.kept.append(code)
            continue
        with transaction.atomic():
            page.body = body_value(page, declare_components(ctx.framework.item(code), builder(ctx)))
            if not page.itas_note:
                page.itas_note = NOTES[code]
            revision = page.save_revision(user=_author(page, ctx.editors) or publisher)
            revision.publish(user=publisher)
        report.filled.append((code, len(page.body)))
        if log:
            log(f"  {code:<4} {len(page.body):>2} บล็อก  {page.title}")
    return report
