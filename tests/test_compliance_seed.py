"""Each rule of issue 9 §1 against the seed's own words, and the same principle on another item (held out).

The seed is ``shared/seeds/ita-2566-phrae-pao-responsibilities.md``; each test quotes the Thai it checks.
"""

from datetime import date

import pytest

from wagtail_ita.compliance import COMPLETE, INCOMPLETE

from .factories import Files, component_values, document_value, good_value, make_document
from .test_compliance_rules import YEAR, check, single

pytestmark = pytest.mark.django_db


@pytest.fixture
def files():
    return Files()


def title(framework, code, index=0):
    return framework.item(code).components[index].title


def progress(value, start, end):
    return dict(value, period_start=start, period_end=end)


# --- Coverage across blocks ------------------------------------------------------------------------


def test_o12_two_quarterly_reports_together_cover_the_first_half(framework, files):
    """O12: "สามารถจัดทำข้อมูลเป็นแบบรายเดือน หรือรายไตรมาส หรือราย ๖ เดือน ที่มีข้อมูลครอบคลุมในระยะเวลา
    ๖ เดือนแรกของปี พ.ศ.๒๕๖๖" — two quarterly reports (Oct–Dec, Jan–Mar) together cover it."""
    value = good_value(framework.item("O12").components[0], YEAR, files)
    q1 = progress(value, date(2022, 10, 1), date(2022, 12, 31))
    q2 = progress(value, date(2023, 1, 1), date(2023, 3, 31))
    assert check(framework, "O12", [("progress_report", q1), ("progress_report", q2)]).status == COMPLETE
    result = check(framework, "O12", [("progress_report", q1)])
    assert result.status == INCOMPLETE
    assert result.reasons == (f"{title(framework, 'O12')}: ไม่มีข้อมูลเดือน มกราคม 2566, กุมภาพันธ์ 2566, มีนาคม 2566",)


def test_o12_six_monthly_documents_cover_the_first_half(framework, files):
    """O12 "แบบรายเดือน": six monthly documents naming the component are as good as one half-year report."""
    component = framework.item("O12").components[0]
    months = [(2022, 10), (2022, 11), (2022, 12), (2023, 1), (2023, 2), (2023, 3)]
    documents = []
    for year, month in months:
        end = date.fromordinal(date(year + (month == 12), month % 12 + 1, 1).toordinal() - 1)
        documents.append(("document", document_value(component, files, date(year, month, 1), end)))
    assert check(framework, "O12", documents).status == COMPLETE
    result = check(framework, "O12", documents[:2] + documents[3:])
    assert result.reasons == (f"{component.title}: ไม่มีข้อมูลเดือน ธันวาคม 2565",)


def test_held_out_o37_and_o16_and_o29_cover_across_blocks(framework, files):
    """Held out: the same coverage principle on O37 (reports), O16 (statistics) and O29 (complaints)."""
    value = good_value(framework.item("O37").components[0], YEAR, files)
    halves = [
        ("progress_report", progress(value, date(2022, 10, 1), date(2022, 12, 31))),
        ("progress_report", progress(value, date(2023, 1, 1), date(2023, 3, 31))),
    ]
    assert check(framework, "O37", halves).status == COMPLETE
    stats = good_value(framework.item("O16").components[0], YEAR, files)
    split = [
        ("service_statistics", dict(stats, rows=stats["rows"][:3])),
        ("service_statistics", dict(stats, rows=stats["rows"][3:])),
    ]
    assert check(framework, "O16", split).status == COMPLETE
    assert check(framework, "O16", split[1:]).status == INCOMPLETE
    complaints = good_value(framework.item("O29").components[0], YEAR, files)
    parts = [("complaint_statistics", dict(complaints, rows=[row])) for row in complaints["rows"]]
    assert check(framework, "O29", parts).status == COMPLETE


def test_held_out_o21_months_over_two_summaries(framework, files):
    """Held out: O21's months may be spread over two summaries; together they still need every month."""
    value = good_value(framework.item("O21").components[0], YEAR, files)
    first, second = dict(value, months=value["months"][:3]), dict(value, months=value["months"][3:])
    assert check(framework, "O21", [("monthly_procurement", first), ("monthly_procurement", second)]).status == COMPLETE
    result = check(framework, "O21", [("monthly_procurement", second)])
    assert result.reasons == (f"{title(framework, 'O21')}: ไม่มีข้อมูลเดือน ตุลาคม 2565, พฤศจิกายน 2565, ธันวาคม 2565",)


# --- O21 ---------------------------------------------------------------------------------------------


def test_o21_columns_are_examples_and_a_month_may_be_its_skr1_file(framework, files):
    """O21: "มีข้อมูลรายละเอียดผลการจัดซื้อจัดจ้าง ยกตัวอย่างเช่น งานที่ซื้อหรือจ้าง วงเงินที่ซื้อหรือจ้าง ราคากลาง
    … รายชื่อผู้เสนอราคาและราคาที่เสนอ … เหตุผลที่คัดเลือกโดยสรุป …" — examples, so no bidders, reasons or
    ราคากลาง are needed, and a month given only as its สขร.1 PDF is a month."""
    value = good_value(framework.item("O21").components[0], YEAR, files)
    for month in value["months"][:3]:
        for row in month["rows"]:
            row.update(bidders="", reason="", reference_price=None)
    for month in value["months"][3:]:
        month.update(rows=[], no_procurement=False, document=make_document(f"สขร.1 เดือน {month['month']}"))
    assert check(framework, "O21", [("monthly_procurement", value)]).status == COMPLETE


def test_o21_every_month_still_there_or_declared_none(framework, files):
    """O21: "กรณีไม่มีการจัดซื้อจัดจ้างในรอบเดือนใดให้เผยแพร่ว่าไม่มีการจัดซื้อจัดจ้างในเดือนนั้น" — a month
    with nothing at all fails; "ไม่มีการจัดซื้อจัดจ้าง" passes; a missing month fails."""
    value = good_value(framework.item("O21").components[0], YEAR, files)
    value["months"][1].update(rows=[], document=None, no_procurement=True)
    assert check(framework, "O21", [("monthly_procurement", value)]).status == COMPLETE
    value["months"][1].update(no_procurement=False)
    result = check(framework, "O21", [("monthly_procurement", value)])
    assert result.status == INCOMPLETE
    assert "พฤศจิกายน 2565: ไม่มีรายการ" in result.reasons[0]
    without_march = dict(value, months=[m for m in value["months"] if m["month"] != "3"])
    without_march["months"][1].update(no_procurement=True)
    assert (
        check(framework, "O21", [("monthly_procurement", without_march)]).reasons[-1].endswith("ไม่มีข้อมูลเดือน มีนาคม 2566")
    )


# --- O17 ---------------------------------------------------------------------------------------------


def test_o17_survey_report_without_a_percentage(framework, files):
    """O17: "แสดงผลสำรวจความพึงพอใจการให้บริการของหน่วยงาน - เป็นรายงานผลของปี พ.ศ.๒๕๖๕" — the survey's
    results, in whatever shape: a report file or a results text without a percentage is fine."""
    value = good_value(framework.item("O17").components[0], YEAR, files)
    as_file = dict(value, satisfaction_percent=None, results="")
    assert check(framework, "O17", [("satisfaction_survey", as_file)]).status == COMPLETE
    as_text = dict(value, satisfaction_percent=None, document=None, results="<p>พึงพอใจมาก</p>")
    assert check(framework, "O17", [("satisfaction_survey", as_text)]).status == COMPLETE
    nothing = dict(value, satisfaction_percent=None, document=None, results="")
    result = check(framework, "O17", [("satisfaction_survey", nothing)])
    assert result.status == INCOMPLETE and "ยังไม่ได้กรอก" in result.reasons[0]


# --- O14 ---------------------------------------------------------------------------------------------


def test_o14_documents_say_whose_manual_they_are(framework, files):
    """O14 is "ทุกส่วนราชการ": one manual per division, and "คู่มือหรือแนวทางการปฏิบัติงาน" given as a file
    counts when the document says whose manual it is."""
    component = framework.item("O14").components[0]
    divisions = {"กองคลัง": {"กองคลัง"}, "กองช่าง": {"กองช่าง"}}
    document = document_value(component, files, division="กองคลัง", title="คู่มือการเบิกจ่าย")
    manual = good_value(component, YEAR, files, division="กองช่าง")
    assert check(framework, "O14", [("document", document), ("manual", manual)], divisions=divisions).status == COMPLETE
    result = check(
        framework, "O14", [("document", dict(document, division="")), ("manual", manual)], divisions=divisions
    )
    assert result.reasons == (f"{component.title}: ยังไม่มีของ กองคลัง",)


# --- O42 ---------------------------------------------------------------------------------------------


def test_o42_the_year_analysed_is_not_the_date_of_the_analysis(framework, files):
    """O42: "แสดงการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส … ในปี พ.ศ.๒๕๖๕" — the analysis OF the 2565
    result, made during fiscal year 2566: a document dated January 2566 passes."""
    component = framework.item("O42").components[0]
    typed = good_value(component, YEAR, files)
    assert typed["assessment_year"] == 2565
    assert check(framework, "O42", [("ita_analysis", typed)]).status == COMPLETE
    result = check(framework, "O42", [("ita_analysis", dict(typed, assessment_year=2566))])
    assert result.reasons == (f"{component.title}: เป็นข้อมูลของปี 2566 แต่ต้องเป็นของปี 2565",)
    document = document_value(component, files, date(2023, 1, 15), date(2023, 1, 15))
    assert check(framework, "O42", [("document", document)]).status == COMPLETE
    august_2565 = dict(document, period_start=date(2022, 8, 1), period_end=date(2022, 8, 1))
    assert check(framework, "O42", [("document", august_2565)]).status == INCOMPLETE


# --- O1 / O2 -----------------------------------------------------------------------------------------


def test_o2_a_local_government_shows_the_chief_of_both_sides(framework, files, settings):
    """O2: "*กรณีองค์กรปกครองส่วนท้องถิ่นและอปท. รูปแบบพิเศษ ให้แสดง… ทั้งฝ่ายการเมืองและฝ่ายข้าราชการประจำ"
    — an อบจ. shows at least its นายก (political) and its ปลัด (civil service)."""
    blocks = single(framework, "O2", files)
    political_only = [b for b in blocks if not (b[1]["role"] == "chief" and b[1]["side"] == "civil_service")]
    result = check(framework, "O2", political_only)
    assert result.status == INCOMPLETE
    assert result.reasons == (
        "ข้อมูลผู้บริหารสูงสุด: ยังไม่มีของฝ่ายข้าราชการประจำ (องค์กรปกครองส่วนท้องถิ่นต้องแสดงทั้งฝ่ายการเมืองและฝ่ายข้าราชการประจำ)",
    )
    assert check(framework, "O2", blocks).status == COMPLETE
    settings.WAGTAIL_ITA_AGENCY_KIND = "other"
    assert check(framework, "O2", political_only).status == COMPLETE


def test_held_out_o1_chart_of_both_sides(framework, files):
    """Held out: O1 "*กรณีองค์กรปกครองส่วนท้องถิ่น… ให้แสดงแผนผังโครงสร้าง ทั้งฝ่ายการเมืองและฝ่ายข้าราชการประจำ"."""
    component = framework.item("O1").components[0]
    political, civil = component_values(component, YEAR, files)
    assert check(framework, "O1", [("org_structure", political), ("org_structure", civil)]).status == COMPLETE
    result = check(framework, "O1", [("org_structure", political)])
    assert result.reasons[0].startswith(f"{component.title}: ยังไม่มีของฝ่ายข้าราชการประจำ")
    assert check(framework, "O1", [("org_structure", political)], local_government=False).status == COMPLETE


# --- O26 ---------------------------------------------------------------------------------------------


def test_o26_needs_the_statistics_summary(framework, files):
    """O26: "(๒) สรุปสถิติการบริหารและพัฒนาทรัพยากรบุคคล" — a report without it fails."""
    blocks = single(framework, "O26", files, statistics="")
    result = check(framework, "O26", blocks)
    assert result.reasons == (f"{title(framework, 'O26')}: ยังไม่ได้กรอก สรุปสถิติ",)
    assert check(framework, "O26", single(framework, "O26", files)).status == COMPLETE


def test_held_out_o13_report_needs_no_statistics(framework, files):
    """Held out: O13 lists no statistics, so its annual report passes without them."""
    assert check(framework, "O13", single(framework, "O13", files, statistics="")).status == COMPLETE


# --- O36 ---------------------------------------------------------------------------------------------


def o36_document(framework, files, start, end):
    return document_value(framework.item("O36").components[0], files, start, end)


def test_o36_plan_must_cover_fiscal_2566_not_overlap_it(framework, files):
    """O36: "เป็นแผนที่มีระยะเวลาบังคับใช้ครอบคลุมปี พ.ศ. ๒๕๖๖" — a plan for 1 Oct 2561 – 31 Dec 2565 fails."""
    short = o36_document(framework, files, date(2018, 10, 1), date(2022, 12, 31))
    result = check(framework, "O36", [("document", short)])
    assert result.status == INCOMPLETE
    assert "ไม่มีข้อมูลเดือน มกราคม 2566" in result.reasons[0]
    multi_year = o36_document(framework, files, date(2021, 10, 1), date(2026, 9, 30))
    assert check(framework, "O36", [("document", multi_year)]).status == COMPLETE
    assert check(framework, "O36", single(framework, "O36", files)).status == COMPLETE  # annual plan of FY 2566
    continued = o36_document(framework, files, date(2023, 1, 1), None)
    assert check(framework, "O36", [("document", short), ("document", continued)]).status == COMPLETE


def test_held_out_o23_in_force_still_means_in_force_during_the_year(framework, files):
    """Held out: O23 "ที่ยังใช้บังคับในหน่วยงานในปี พ.ศ.๒๕๖๖" keeps `in_force`: a policy from January 2566 counts."""
    assert check(framework, "O23", single(framework, "O23", files, effective_from=date(2023, 1, 1))).status == COMPLETE


# --- Open-ended periods ------------------------------------------------------------------------------


def test_open_ended_period_reads_sensibly(framework, files):
    """A document with only a start date: no "31 ธันวาคม 10542" in the reason."""
    component = framework.item("O41").components[0]
    value = dict(good_value(component, YEAR, files), period_start=date(2021, 1, 1), period_end=None)
    result = check(framework, "O41", [("document", value), *single(framework, "O41", files)[1:]])
    assert result.reasons == (f"{component.title}: ช่วงเวลา ตั้งแต่ 1 มกราคม 2564 โดยไม่ระบุวันสิ้นสุด อยู่นอกปีงบประมาณ 2566",)
    assert "10542" not in " ".join(result.reasons)
    inside = dict(value, period_start=date(2023, 1, 1))
    assert check(framework, "O41", [("document", inside), *single(framework, "O41", files)[1:]]).status == COMPLETE


def test_held_out_open_ended_multi_year_plan(framework, files):
    """Held out: O4 given as a plan document in force since 2563 with no end covers 2566; one from 2567 does not."""
    component = framework.item("O4").components[0]
    value = document_value(component, files, date(2019, 10, 1), None)
    assert check(framework, "O4", [("document", value)]).status == COMPLETE
    later = dict(value, period_start=date(2023, 10, 1))
    result = check(framework, "O4", [("document", later)])
    assert result.reasons == (f"{component.title}: แผนเริ่มปี 2567 ซึ่งหลังปี 2566",)


# --- Broken documents (issue 12) --------------------------------------------------------------------


def test_one_broken_document_beside_a_good_one_fails_the_item(framework, files):
    """Issue 12: a component with one document that opens and one that does not is not complete, and the
    reason names the broken file (before the fix the good document alone made the item complete)."""
    component = framework.item("O25").components[0]
    good = good_value(component, YEAR, files)
    broken = make_document("หลักเกณฑ์ฉบับเก่า", filename="old.pdf", data=b"not a pdf")
    assert check(framework, "O25", [("document", good)]).status == COMPLETE
    result = check(framework, "O25", [("document", good), ("document", dict(good, document=broken))])
    assert result.status == INCOMPLETE
    assert result.reasons == (f"{component.title}: ไฟล์ “หลักเกณฑ์ฉบับเก่า” (old.pdf) เปิดไม่ได้",)


def test_held_out_broken_files_anywhere_on_the_page(framework, files):
    """Held out: a broken สขร.1 file inside an O21 month, and a broken file in a block serving no component."""
    value = good_value(framework.item("O21").components[0], YEAR, files)
    value["months"][4]["document"] = make_document("สขร.1 กุมภาพันธ์", filename="feb.pdf", data=b"")
    result = check(framework, "O21", [("monthly_procurement", value)])
    assert result.reasons == (f"{title(framework, 'O21')}: ไฟล์ “สขร.1 กุมภาพันธ์” (feb.pdf) เปิดไม่ได้",)
    extra = make_document("เอกสารประกอบ", filename="extra.pdf", data=b"<html>")
    # It names a component of O39, so it serves none of O3's.
    stray = document_value(framework.item("O39").components[0], files, document=extra)
    result = check(framework, "O3", [*single(framework, "O3", files), ("document", stray)])
    assert result.status == INCOMPLETE
    assert result.reasons == ("ไฟล์ “เอกสารประกอบ” (extra.pdf) เปิดไม่ได้",)


def test_held_out_rich_text_links_to_documents_must_open_too(framework, files):
    """Held out: "every linked file must open" also holds for a document linked from a description."""
    broken = make_document("คำสั่งแต่งตั้ง", filename="order.pdf", data=b"")
    text = f'<p>ดู<a linktype="document" id="{broken.pk}">คำสั่ง</a>และ<a linktype="document" id="999999">ภาคผนวก</a></p>'
    result = check(framework, "O3", [*single(framework, "O3", files), ("text", text)])
    assert result.status == INCOMPLETE
    assert result.reasons == (
        "ไฟล์ “คำสั่งแต่งตั้ง” (order.pdf) เปิดไม่ได้",
        "เอกสารที่ลิงก์ไว้ (หมายเลข 999999) ไม่มีในระบบแล้ว",
    )
    fine = f'<p>ดู<a linktype="document" id="{files.document.pk}">คำสั่ง</a></p>'
    assert check(framework, "O3", [*single(framework, "O3", files), ("text", fine)]).status == COMPLETE
