"""Each completeness rule at its edges, with the Thai reason the editor sees."""

from datetime import date

import pytest
from django.apps import apps

from wagtail_ita.compliance import COMPLETE, INCOMPLETE, check_item
from wagtail_ita.compliance.files import document_opens

from .factories import Files, component_values, good_blocks, good_value, make_document, stream

YEAR = 2566
pytestmark = pytest.mark.django_db


@pytest.fixture
def files():
    return Files()


def check(framework, code, blocks, **kwargs):
    item = framework.item(code)
    model = apps.get_model(framework.category(item.category).page_type)
    return check_item(item, stream(model, blocks), YEAR, **kwargs)


def single(framework, code, files, key=None, **changes):
    """Good blocks for ``code`` with ``changes`` applied to the blocks of component ``key`` (or the first)."""
    item = framework.item(code)
    blocks = []
    for component in item.components:
        for value in component_values(component, YEAR, files):
            if key in (None, component.key):
                value.update(changes)
            blocks.append((component.kind, value))
        key = key or component.key
    return blocks


@pytest.mark.parametrize(
    ("day", "ok"),
    [
        (date(2022, 9, 30), False),  # 30 ก.ย. 2565: fiscal year 2565
        (date(2022, 10, 1), True),  # 1 ต.ค. 2565: first day of fiscal year 2566
        (date(2023, 9, 30), True),  # 30 ก.ย. 2566: last day
        (date(2023, 10, 1), False),  # 1 ต.ค. 2566: fiscal year 2567
    ],
)
def test_fiscal_year_edges(framework, files, day, ok):
    result = check(framework, "O7", single(framework, "O7", files, date=day))
    assert (result.status == COMPLETE) is ok
    if not ok:
        assert "อยู่นอกปีงบประมาณ 2566" in result.reasons[0]


def test_first_half_march_is_needed_april_is_not(framework, files):
    value = good_value(framework.item("O16").components[0], YEAR, files)
    assert [row["period_start"].month for row in value["rows"]] == [10, 11, 12, 1, 2, 3]
    without_march = dict(value, rows=value["rows"][:5])
    result = check(framework, "O16", [("service_statistics", without_march)])
    assert result.status == INCOMPLETE
    assert result.reasons[0].endswith("ไม่มีข้อมูลเดือน มีนาคม 2566")
    april = {"label": "เม.ย.", "period_start": date(2023, 4, 1), "period_end": date(2023, 4, 30), "count": 5}
    result = check(framework, "O16", [("service_statistics", dict(value, rows=[*value["rows"][:5], april]))])
    assert result.reasons[0].endswith("ไม่มีข้อมูลเดือน มีนาคม 2566")
    assert (
        check(framework, "O16", [("service_statistics", dict(value, rows=[*value["rows"], april]))]).status == COMPLETE
    )


def test_first_half_by_quarters_or_one_half_year(framework, files):
    value = good_value(framework.item("O29").components[0], YEAR, files)
    quarters = [
        dict(value["rows"][0], period_start=date(2022, 10, 1), period_end=date(2022, 12, 31)),
        dict(value["rows"][0], period_start=date(2023, 1, 1), period_end=date(2023, 3, 31)),
    ]
    assert check(framework, "O29", [("complaint_statistics", dict(value, rows=quarters))]).status == COMPLETE
    half = [dict(value["rows"][0], period_start=date(2022, 10, 1), period_end=date(2023, 3, 31))]
    assert check(framework, "O29", [("complaint_statistics", dict(value, rows=half))]).status == COMPLETE
    result = check(framework, "O29", [("complaint_statistics", dict(value, rows=quarters[1:]))])
    assert result.reasons[0].endswith("ไม่มีข้อมูลเดือน ตุลาคม 2565, พฤศจิกายน 2565, ธันวาคม 2565")


@pytest.mark.parametrize(("fiscal_year", "ok"), [(2565, True), (2566, False), (2564, False)])
def test_previous_year_report(framework, files, fiscal_year, ok):
    result = check(framework, "O13", single(framework, "O13", files, fiscal_year=fiscal_year))
    assert (result.status == COMPLETE) is ok
    if not ok:
        assert result.reasons[0].endswith(f"พบข้อมูลปีงบประมาณ {fiscal_year} แต่ต้องเป็นปีงบประมาณ 2565")


def test_o21_one_month_missing_and_one_month_none(framework, files):
    value = good_value(framework.item("O21").components[0], YEAR, files)
    value["months"][2].update(no_procurement=True, rows=[], document=None)
    assert check(framework, "O21", [("monthly_procurement", value)]).status == COMPLETE
    without_january = dict(value, months=[m for m in value["months"] if m["month"] != "1"])
    result = check(framework, "O21", [("monthly_procurement", without_january)])
    assert result.status == INCOMPLETE
    assert result.reasons == (f"{framework.item('O21').components[0].title}: ไม่มีข้อมูลเดือน มกราคม 2566",)
    empty_month = dict(value["months"][0], rows=[], no_procurement=False, document=None)
    result = check(framework, "O21", [("monthly_procurement", dict(value, months=[empty_month, *value["months"][1:]]))])
    assert "ตุลาคม 2565: ไม่มีรายการ และไม่ได้ระบุ “ไม่มีการจัดซื้อจัดจ้างในเดือนนี้” หรือ" in result.reasons[0]


def test_o2_without_deputy(framework, files):
    chiefs = [block for block in single(framework, "O2", files) if block[1]["role"] == "chief"]
    result = check(framework, "O2", chiefs)
    assert result.status == INCOMPLETE
    assert result.reasons == ("ข้อมูลรองผู้บริหารสูงสุด: ยังไม่มีข้อมูล",)


def test_o2_executive_without_photo_or_contact(framework, files):
    blocks = single(framework, "O2", files, key="deputy_executives", photo=None, phone="", email="")
    result = check(framework, "O2", blocks)
    assert result.reasons == ("ข้อมูลรองผู้บริหารสูงสุด: ยังไม่ได้กรอก รูปถ่าย, โทรศัพท์ หรือ อีเมล",)


def test_o29_no_complaints(framework, files):
    none = {"no_complaints": True, "period_start": date(2022, 10, 1), "period_end": date(2023, 3, 31), "rows": []}
    assert check(framework, "O29", [("complaint_statistics", none)]).status == COMPLETE
    result = check(framework, "O29", [("complaint_statistics", dict(none, period_end=None))])
    assert result.status == INCOMPLETE
    assert result.reasons[0].endswith("ไม่ได้ระบุช่วงเวลาของข้อมูล")


def test_document_that_does_not_open(framework, files, tmp_path):
    component = framework.item("O25").components[0]
    broken = [
        make_document("ไม่มีไฟล์", filename="gone.pdf"),
        make_document("ไฟล์ว่าง", filename="empty.pdf", data=b""),
        make_document("ไม่ใช่ PDF", filename="fake.pdf", data=b"\x89PNG\r\n\x1a\n not a pdf"),
        make_document("ไม่ใช่ docx", filename="fake.docx", data=b"PK\x03\x04 not a zip"),
    ]
    broken[0].file.storage.delete(broken[0].file.name)
    for document in broken:
        assert not document_opens(document)
        value = dict(good_value(component, YEAR, files), document=document)
        result = check(framework, "O25", [("document", value)])
        name = document.file.name.rsplit("/", 1)[-1]
        assert result.reasons == (f"{component.title}: ไฟล์ “{document.title}” ({name}) เปิดไม่ได้",), document.title
    assert document_opens(files.document)


def test_document_with_one_elements_page_missing(framework, files):
    component = framework.item("O25").components[0]
    value = good_value(component, YEAR, files)
    value["contents"] = value["contents"][:2] + value["contents"][3:]
    result = check(framework, "O25", [("document", value)])
    assert result.reasons == (f"{component.title}: ไม่ได้ระบุเลขหน้าของ “{component.elements[2]}”",)


@pytest.mark.parametrize(
    ("year_from", "year_to", "reason"),
    [
        (2566, 2570, None),
        (2561, 2566, None),
        (2566, 2566, "แผนต้องมีระยะเวลามากกว่า ๑ ปี"),
        (2567, 2570, "แผนครอบคลุมปี 2567–2570 ซึ่งไม่รวมปี 2566"),
    ],
)
def test_multi_year_plan(framework, files, year_from, year_to, reason):
    result = check(framework, "O4", single(framework, "O4", files, year_from=year_from, year_to=year_to))
    assert result.reasons == (() if reason is None else (f"{framework.item('O4').components[0].title}: {reason}",))


def test_policy_in_force(framework, files):
    assert check(framework, "O23", single(framework, "O23", files, effective_from=date(2019, 1, 1))).status == COMPLETE
    result = check(framework, "O23", single(framework, "O23", files, effective_from=date(2023, 10, 1)))
    assert result.reasons[0].endswith("ไม่มีผลบังคับใช้ในปีงบประมาณ 2566")


def test_every_division_manuals(framework, files):
    item = framework.item("O14")
    divisions = {"กองคลัง": {"กองคลัง"}, "กองช่าง": {"กองช่าง"}}
    blocks = good_blocks(item, YEAR, files, division_names=["กองคลัง"])
    result = check(framework, "O14", blocks, divisions=divisions)
    assert result.reasons == (f"{item.components[0].title}: ยังไม่มีของ กองช่าง",)
    blocks = good_blocks(item, YEAR, files, division_names=["กองคลัง", "กองช่าง"])
    assert check(framework, "O14", blocks, divisions=divisions).status == COMPLETE


def test_o40_activities_must_say_which_action_they_show(framework, files):
    item = framework.item("O40")
    blocks = [("activity", good_value(c, YEAR, files)) for c in item.components]
    assert check(framework, "O40", blocks).status == COMPLETE
    unlabelled = [("activity", dict(value, component="")) for _kind, value in blocks]
    result = check(framework, "O40", unlabelled)
    assert len(result.reasons) == 3


def test_a_filled_but_unpublished_page_is_missing(framework, files):
    item = framework.item("O3")
    model = apps.get_model(framework.category(item.category).page_type)
    result = check_item(item, stream(model, good_blocks(item, YEAR, files)), YEAR, live=False)
    assert result.status == "missing"
    assert result.reasons == ("หน้านี้ยังไม่เผยแพร่",)
