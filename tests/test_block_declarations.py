"""What a block needs to count is declared on the block class; the rules and the factories read it there."""

import re

import pytest
from wagtail import blocks

from wagtail_ita.blocks import COMPONENT_BLOCKS
from wagtail_ita.blocks.base import ComponentBlock
from wagtail_ita.blocks.declarations import AnyOf, DateRange, Rows
from wagtail_ita.compliance import check_component
from wagtail_ita.frameworks.loader import Component

CODE = re.compile(r"\bO\d+\b")


class HeldOutReportBlock(ComponentBlock):
    """A block no rule has heard of, declared the same way as the app's own."""

    component_kind = "held_out_report"
    required_fields = ("title", AnyOf("source", ("url", "note")), Rows("rows", ("label", "total"), none="nothing"))
    period_fields = (DateRange("period_start", "period_end"),)

    title = blocks.CharBlock()
    url = blocks.URLBlock(required=False)
    note = blocks.TextBlock(required=False)
    period_start = blocks.DateBlock(required=False)
    period_end = blocks.DateBlock(required=False)
    nothing = blocks.BooleanBlock(required=False, label="ไม่มี")
    rows = blocks.ListBlock(blocks.StructBlock([("label", blocks.CharBlock()), ("total", blocks.IntegerBlock())]))


def body(value):
    stream_block = blocks.StreamBlock([("held_out_report", HeldOutReportBlock())])
    return stream_block.to_python([{"type": "held_out_report", "value": value}])


def test_a_new_block_is_checked_from_its_declarations_alone():
    component = Component(key="report", title="รายงาน", kind="held_out_report", period="first_half_year")
    good = {
        "title": "รายงาน",
        "url": "https://example.go.th/",
        "note": "",
        "period_start": "2022-10-01",
        "period_end": "2023-03-31",
        "nothing": False,
        "rows": [{"label": "ต.ค.", "total": 3}],
    }
    assert check_component(component, body(good), 2566).satisfied
    result = check_component(component, body(dict(good, url="", rows=[], period_end="2022-12-31")), 2566)
    assert not result.satisfied
    assert result.reasons[0] == "รายงาน: ยังไม่ได้กรอก Url หรือ Note"
    assert result.reasons[1].startswith("รายงาน: ไม่มี")
    none_ticked = dict(good, rows=[], nothing=True)
    assert check_component(component, body(none_ticked), 2566).satisfied


def test_every_component_block_declares_what_it_needs():
    for kind, block_class in COMPONENT_BLOCKS.items():
        assert block_class.component_kind == kind
        block = block_class()
        assert block.required_fields, kind
        for requirement in block.required_fields:
            names = (
                requirement.fields if isinstance(requirement, AnyOf) else (getattr(requirement, "name", requirement),)
            )
            assert all(name in block.child_blocks for name in names), (kind, requirement)


def test_block_help_texts_name_no_item_codes():
    """Later frameworks renumber: the panel says which items a block serves, not its help text."""

    def help_texts(block):
        yield str(getattr(block.meta, "help_text", "") or "")
        for child in getattr(block, "child_blocks", {}).values():
            yield from help_texts(child)
        if hasattr(block, "child_block"):
            yield from help_texts(block.child_block)

    for kind, block_class in COMPONENT_BLOCKS.items():
        for text in help_texts(block_class()):
            assert not CODE.search(text), (kind, text)


@pytest.mark.parametrize("kind", ["progress_report", "document", "complaint_statistics", "policy"])
def test_declared_ranges_are_what_the_form_checks(kind):
    block = COMPONENT_BLOCKS[kind]()
    ranges = [(d.start, d.end) for d in block.period_fields if isinstance(d, DateRange)]
    assert block.date_ranges == ranges and ranges
