"""Impossible input is refused by the blocks themselves, in Thai, on the field at fault."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from wagtail_ita.blocks import COMPONENT_BLOCKS

# Values pass through to_python: the month rows' document choosers look their documents up in the database.
pytestmark = pytest.mark.django_db


def errors_of(kind, value):
    block = COMPONENT_BLOCKS[kind]()
    with pytest.raises(ValidationError) as excinfo:
        block.clean(block.to_python(block.get_prep_value(block.normalize(value))))
    return excinfo.value


def messages(error):
    return [m for e in error.error_list for m in e.messages] if hasattr(error, "error_list") else error.messages


ROW = {
    "item": "จ้างซ่อม",
    "budget": Decimal("100"),
    "reference_price": None,
    "method": "เฉพาะเจาะจง",
    "bidders": "ร้าน ก",
    "winner": "ร้าน ก",
    "reason": "ราคาต่ำสุด",
    "contract": "๑/๒๕๖๖",
}


def month(year, number, **kwargs):
    return {"year": year, "month": str(number), "no_procurement": False, "rows": [ROW], "document": None} | kwargs


def test_month_outside_the_fiscal_year_and_repeated_month():
    value = {"fiscal_year": 2566, "months": [month(2565, 10), month(2566, 10), month(2565, 10)]}
    error = errors_of("monthly_procurement", value)
    months = error.block_errors["months"].block_errors
    assert sorted(months) == [1, 2]
    assert months[1].block_errors["month"].messages == ["เดือนนี้อยู่นอกปีงบประมาณ 2566"]
    assert months[2].block_errors["month"].messages == ["มีเดือนนี้อยู่แล้ว"]


def test_a_month_cannot_have_rows_and_say_none():
    error = errors_of("monthly_procurement", {"fiscal_year": 2566, "months": [month(2565, 11, no_procurement=True)]})
    inner = error.block_errors["months"].block_errors[0].block_errors["no_procurement"]
    assert inner.messages == ["เดือนที่มีรายการจัดซื้อจัดจ้างจะระบุว่าไม่มีการจัดซื้อจัดจ้างไม่ได้"]


def test_negative_and_inconsistent_complaint_counts():
    row = {"label": "ไตรมาส ๑", "period_start": date(2022, 10, 1), "period_end": date(2022, 12, 31)}
    value = {
        "no_complaints": False,
        "period_start": None,
        "period_end": None,
        "rows": [row | {"total": 1, "finished": 2, "in_progress": 0}],
    }
    error = errors_of("complaint_statistics", value).block_errors["rows"].block_errors[0]
    assert error.block_errors["total"].messages == ["จำนวนที่แล้วเสร็จรวมกับที่อยู่ระหว่างดำเนินการต้องไม่เกินจำนวนทั้งหมด"]
    value["rows"] = [row | {"total": -1, "finished": 0, "in_progress": 0}]
    error = errors_of("complaint_statistics", value).block_errors["rows"].block_errors[0]
    assert error.block_errors["total"].messages == ["ค่านี้ต้องมากกว่าหรือเท่ากับ 0"]


def test_plan_years_and_report_dates_in_order():
    plan = {"title": "แผน", "year_from": 2570, "year_to": 2566, "strategies": [], "document": None}
    assert errors_of("multi_year_plan", plan).block_errors["year_to"].messages == ["ปีสิ้นสุดอยู่ก่อนปีเริ่มต้น"]
    report = {
        "title": "รายงาน",
        "period_start": date(2023, 3, 31),
        "period_end": date(2022, 10, 1),
        "projects": [],
        "document": None,
    }
    assert errors_of("progress_report", report).block_errors["period_end"].messages == ["วันที่สิ้นสุดอยู่ก่อนวันที่เริ่มต้น"]


@pytest.mark.django_db
def test_document_contents_name_only_elements_of_the_framework():
    value = {
        "title": "หลักเกณฑ์",
        "document": None,
        "component": "hr_criteria",
        "period_start": None,
        "period_end": None,
        "contents": [{"element": "การพัฒนาบุคลากร", "page": 3}, {"element": "เรื่องที่ไม่มีในกรอบ", "page": 4}],
    }
    error = errors_of("document", value)
    contents = error.block_errors["contents"].block_errors
    assert sorted(contents) == [1]
    assert "element" in contents[1].block_errors
