"""The provisional 2569 framework against the research notes (shared/research/ita-later-years.md), typed here by hand."""

import pytest

from wagtail_ita.frameworks import load_framework
from wagtail_ita.frameworks.pagetypes import page_type_problems

# code: (heading as agencies publish it, or None where the source has none; the 2566 items it continues)
EXPECTED = {
    "O1": ("โครงสร้าง หน้าที่และอำนาจ", ("O1", "O3")),
    "O2": (None, ("O2",)),
    "O3": ("ข้อมูลการติดต่อและช่องทางการสอบถาม", ("O5", "O8")),
    "O4": ("ข่าวประชาสัมพันธ์", ("O7",)),
    "O5": (None, ("O4",)),
    "O6": (None, ("O11",)),
    "O7": (None, ("O12", "O13")),
    "O8": (None, ("O14",)),
    "O9": (None, ("O15",)),
    "O10": ("ระบบการให้บริการผ่านช่องทางออนไลน์ (E-SERVICE)", ("O16", "O18")),
    "O11": ("สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2569", ("O21",)),
    "O12": ("รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568", ("O22",)),
    "O13": ("หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569", ("O23", "O24", "O25")),
    "O14": ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568", ("O26",)),
    "O15": ("ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", ("O39", "O40")),
    "O16": ("แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", ("O27",)),
    "O17": ("ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", ("O28",)),
    "O18": ("ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568", ("O29",)),
    "O19": ("ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน ปีงบประมาณ พ.ศ. 2569", ("O30",)),
    "O20": (
        "การขับเคลื่อนนโยบาย No Gift Policy จากการปฏิบัติหน้าที่ และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์"
        "การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ",
        ("O31", "O32", "O33"),
    ),
    "O21": ("การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569", ("O34",)),
    "O22": (
        "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568",
        ("O35",),
    ),
    "O23": ("แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569", ("O36",)),
    "O24": ("รายงานผลการดำเนินการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2568", ("O37", "O38")),
    "O25": ("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", ("O42",)),
    "O26": ("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2568", ("O43",)),
}
DROPPED = {"O6", "O9", "O10", "O17", "O19", "O20", "O41"}
CARRIED = {
    "O1": {"org_chart", "authority"},
    "O2": {"chief_executive", "deputy_executives"},
    "O3": {"contact", "qa_channel"},
    "O8": {"work_manual"},
    "O9": {"service_manual"},
    "O10": {"e_service"},
    "O15": {"code_of_ethics"},
    "O16": {"complaint_manual"},
    "O17": {"complaint_channel"},
}


@pytest.fixture(scope="module")
def f2569():
    return load_framework(2569)


def test_provisional_with_source_and_crosswalk_from_2566(f2569):
    assert f2569.provisional and "ไม่ใช่คู่มือการประเมิน" in f2569.source
    assert (f2569.year, f2569.fiscal_year, f2569.previous) == (2569, 2569, 2566)
    assert f2569.warnings == ()


@pytest.mark.parametrize("code", EXPECTED)
def test_item_heading_and_crosswalk(f2569, code):
    heading, continues = EXPECTED[code]
    item = f2569.item(code)
    if heading:
        assert item.title == heading
    assert item.continues == continues
    assert item.inferred, f"{code} must say what is inferred"


def test_every_2566_item_is_continued_or_dropped(f2569):
    continued = {code for item in f2569.items for code in item.continues}
    assert {d.code for d in f2569.dropped} == DROPPED
    assert continued | DROPPED == {f"O{n}" for n in range(1, 44)}
    assert not continued & DROPPED


def test_only_lasting_components_carry_over(f2569):
    carried = {i.code: {c.key for c in i.components if c.carries_over} for i in f2569.items}
    assert {code: keys for code, keys in carried.items() if keys} == CARRIED
    assert all(not c.period_bound for i in f2569.items for c in i.components if c.carries_over)


def test_complaint_statistics_move_to_the_previous_year(f2569):
    assert f2569.item("O18").components[0].period == "previous_year"


def test_page_types_hold_every_component(f2569):
    assert page_type_problems(f2569) == []
