"""ita_rollover: 2566 → 2569 through the crosswalk, drafts only, old year untouched, nothing period-bound."""

import csv
import json
import os

import pytest
from django.core.management.base import CommandError
from wagtail.models import GroupPagePermission, Page, PageLogEntry, Revision

from wagtail_ita.frameworks.vocabulary import CARRYABLE_KINDS
from wagtail_ita.models import AssessmentYearPage, Division
from wagtail_ita.rollover import ROLLOVER_ACTION
from wagtail_ita.rollover.report import COLUMNS
from wagtail_ita.setup import setup_section

from .coordinator import page_of, publish
from .factories import Files, good_blocks, stream

FILLED = ("O1", "O2", "O3", "O5", "O8", "O10", "O14", "O18", "O21", "O29", "O39", "O40")


@pytest.fixture
def filled(section):
    """The 2566 section with a dozen items published complete, and O13 saved as a draft only."""
    files = Files()
    framework = section.year_page.framework
    names = [d.name for d in Division.objects.agency()]
    for code in FILLED:
        publish(section, code, good_blocks(framework.item(code), 2566, files, names))
    draft = page_of(section, "O13")
    draft.body = stream(type(draft), good_blocks(framework.item("O13"), 2566, files))
    draft.save_revision()
    return section


def snapshot(year_page):
    """Everything of a year that a rollover must not touch."""
    pages = []
    for page in year_page.item_pages():
        latest = page.get_latest_revision()
        pages.append(
            (
                page.pk,
                page.item_code,
                page.live,
                page.live_revision_id,
                latest.pk if latest else None,
                json.dumps(list(page.body.raw_data), sort_keys=True, default=str),
                sorted(d.pk for d in page.divisions.all()),
                page.all_divisions,
            )
        )
    return pages


def new_pages(year=2569):
    year_page = AssessmentYearPage.objects.get(year=year)
    return {page.item_code: page for page in year_page.item_pages()}


def draft_types(page):
    return [block.block_type for block in page.get_latest_revision_as_object().body]


def test_rollover_builds_every_item_with_carried_content_in_drafts_only(filled, run_command, client, tmp_path):
    finance, personnel, strategy = (Division.objects.get(key=k) for k in ("finance", "personnel", "strategy"))
    o1 = page_of(filled, "O1")
    o1.divisions = [finance]
    o1.save()
    o2 = page_of(filled, "O2")
    o2.divisions = [personnel]
    o2.save()
    before = snapshot(filled.year_page)
    path = tmp_path / "report.csv"
    out, _err = run_command("ita_rollover", "--from", "2566", "--to", "2569", "--csv", str(path))
    pages = new_pages()
    assert sorted(pages, key=lambda c: int(c[1:])) == [f"O{n}" for n in range(1, 27)]
    # Nothing new is live: the live pages are the empty ones ita_setup published.
    assert all(len(page.body) == 0 for page in pages.values())
    assert draft_types(pages["O1"]) == ["org_structure", "org_structure", "authority"]  # both sides, then O3
    assert draft_types(pages["O2"]) == ["executive_profile"] * 3  # chief of each side, deputy
    assert draft_types(pages["O3"]) == ["contact", "channel"]
    assert draft_types(pages["O8"]) == ["manual"] * Division.objects.agency().count()
    assert draft_types(pages["O10"]) == ["channel"]  # E-Service carried; O16's statistics never
    assert draft_types(pages["O15"]) == ["document"]  # the code of ethics, not O40's activities
    assert pages["O15"].get_latest_revision_as_object().body[0].value["component"] == "code_of_ethics"
    for code in ("O5", "O11", "O13", "O18", "O21"):
        assert pages[code].get_latest_revision() == pages[code].live_revision, code
    for page in pages.values():
        assert set(draft_types(page)) <= CARRYABLE_KINDS
    assert snapshot(filled.year_page) == before
    assert "O1   ← 2566 O1, O3" in out

    # Divisions follow the crosswalk, with their editors' permissions.
    assert {d.key for d in pages["O1"].divisions.all()} == {"finance", "strategy"}  # 2566 O1 + O3
    assert {d.key for d in pages["O2"].divisions.all()} == {"personnel"}
    assert pages["O10"].all_divisions  # 2566 O16 was every division's

    def can_change(division, page):
        return GroupPagePermission.objects.filter(
            group=division.group, page=page, permission__codename="change_page"
        ).exists()

    assert can_change(personnel, pages["O2"]) and not can_change(strategy, pages["O2"])
    assert can_change(finance, pages["O1"])

    # The new year is linked first; the old one stays online.
    assert [p.year for p in filled.section.year_pages()] == [2569, 2566]
    assert client.get("/ita/2566/o1/").status_code == 200
    assert client.get("/ita/2569/o1/").status_code == 200

    # The report: per division, new code, what to do.
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert next(csv.reader(lines[:1])) == [
        "ส่วนราชการ",
        "ข้อใหม่",
        "ชื่อข้อมูล",
        "องค์ประกอบ",
        "สิ่งที่ต้องทำ",
        "ต่อจาก",
        "หมายเหตุ",
    ]
    rows = list(csv.DictReader(lines[1:], fieldnames=COLUMNS))
    o11 = [r for r in rows if r["division"] == "กองคลัง" and r["code"] == "O11"]
    assert o11 and o11[0]["from"] == "2566 O21"
    actions = {r["code"]: r["action"] for r in rows if r["division"] == "กองยุทธศาสตร์และงบประมาณ"}
    assert actions["O1"] != actions["O6"]  # carried (check) vs period data (renew)
    assert [r for r in rows if r["from"] == "2566 O6" and r["code"] == ""]

    # A second run changes nothing and writes the same report.
    counts = (
        Page.objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        GroupPagePermission.objects.count(),
    )
    run_command("ita_rollover", "--from", "2566", "--to", "2569", "--csv", str(tmp_path / "again.csv"))
    assert counts == (
        Page.objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        GroupPagePermission.objects.count(),
    )
    assert (tmp_path / "again.csv").read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_dry_run_changes_nothing(filled, run_command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    counts = (
        Page.objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        GroupPagePermission.objects.count(),
    )
    out, _err = run_command("ita_rollover", "--from", "2566", "--to", "2569", "--dry-run")
    assert counts == (
        Page.objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        GroupPagePermission.objects.count(),
    )
    assert not AssessmentYearPage.objects.filter(year=2569).exists()
    assert list(tmp_path.glob("*.csv")) == []
    assert "O1   ← 2566 O1, O3" in out


def test_interrupted_run_resumes_without_carrying_twice(filled, run_command, tmp_path, monkeypatch):
    from wagtail_ita.rollover import apply

    real = apply._carry_item
    calls = []

    def crash_on_fifth(plan, item_plan):
        calls.append(item_plan.item.code)
        if len(calls) == 5:
            raise RuntimeError("power cut")
        return real(plan, item_plan)

    monkeypatch.setattr(apply, "_carry_item", crash_on_fifth)
    with pytest.raises(RuntimeError):
        run_command("ita_rollover", "--from", "2566", "--to", "2569", "--csv", str(tmp_path / "r.csv"))
    monkeypatch.setattr(apply, "_carry_item", real)
    run_command("ita_rollover", "--from", "2566", "--to", "2569", "--csv", str(tmp_path / "r.csv"))
    pages = new_pages()
    for page in pages.values():
        assert PageLogEntry.objects.filter(page=page, action=ROLLOVER_ACTION).count() == 1, page.item_code
    assert draft_types(pages["O1"]) == ["org_structure", "org_structure", "authority"]  # both sides, then O3
    assert draft_types(pages["O2"]) == ["executive_profile"] * 3  # chief of each side, deputy


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2566", "--to", "2400"), "2400"),
        (("--from", "2569", "--to", "2566"), "2566"),
        (("--from", "2566", "--to", "2566"), "2566"),
        (("--from", "2566", "--to", "2600"), "2600"),
    ],
)
def test_bad_years_exit_2(db, run_command, args, message):
    with pytest.raises(CommandError, match=message) as excinfo:
        run_command("ita_rollover", *args, "--dry-run")
    assert excinfo.value.returncode == 2


def test_no_old_year_exits_2(db, run_command):
    with pytest.raises(CommandError, match="2566") as excinfo:
        run_command("ita_rollover", "--from", "2566", "--to", "2569", "--dry-run")
    assert excinfo.value.returncode == 2
    assert str(excinfo.value) == (
        "เว็บไซต์นี้ไม่มีหน้าปี 2566 ให้ยกข้อมูลมา (สร้างด้วย ita_setup --year 2566) "
        "(This site has no year page for 2566 to roll over from (build it with ita_setup --year 2566))"
    )


@pytest.mark.parametrize(
    ("args", "thai", "english"),
    [
        (("--from", "2566", "--to", "2600"), "ไม่มีข้อมูลกรอบการประเมินของปี 2600", "no framework data for year 2600"),
        (
            ("--from", "2569", "--to", "2566"),
            "ปีใหม่ (2566) ต้องอยู่หลังปีที่ยกข้อมูลมา (2569)",
            "The new year (2566) must come after the year rolled over from (2569)",
        ),
    ],
)
def test_errors_are_in_thai_then_english(db, run_command, args, thai, english):
    """Every rollover error says it in Thai for the agency and in English for the developer, as
    ita_framework check does."""
    with pytest.raises(CommandError) as excinfo:
        run_command("ita_rollover", *args, "--dry-run")
    assert excinfo.value.returncode == 2
    message = str(excinfo.value)
    assert thai in message and english in message and message.index(thai) < message.index(english)


def test_errors_end_the_command_with_exit_code_2_and_no_traceback():
    """From the shell: the message on standard error, exit code 2, no traceback (the error comes before
    the database is read)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "manage.py", "ita_rollover", "--from", "2566", "--to", "2600"],
        cwd=root / "example_site",
        # The settings this suite runs on (the oldest pair's have no wagtail-localize).
        env={
            "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "example_site.settings.test"),
            "PYTHONPATH": f"{root / 'example_site'}:{root}",
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert "ไม่มีข้อมูลกรอบการประเมินของปี 2600" in result.stderr and "no framework data for year 2600" in result.stderr


def test_target_year_with_content_is_refused_and_unchanged(section, run_command, tmp_path):
    setup_section(2569)
    o4 = new_pages()["O4"]
    o4.body = stream(type(o4), [("text", "<p>ข่าวที่พิมพ์เอง</p>")])
    o4.save_revision()
    revisions = Revision.objects.count()
    with pytest.raises(CommandError, match="O4") as excinfo:
        run_command("ita_rollover", "--from", "2566", "--to", "2569", "--csv", str(tmp_path / "r.csv"))
    assert excinfo.value.returncode == 2
    assert Revision.objects.count() == revisions
    assert "ปี 2569 มีข้อมูลที่ไม่ได้ยกมาโดยคำสั่งนี้อยู่แล้ว (O4)" in str(excinfo.value)
    assert "(The year 2569 already has content that a rollover did not put there (O4); nothing was changed." in str(
        excinfo.value
    )
    assert not (tmp_path / "r.csv").exists()


def test_an_empty_target_year_from_ita_setup_is_completed(section, run_command, tmp_path):
    publish(section, "O1", good_blocks(section.year_page.framework.item("O1"), 2566, Files()))
    setup_section(2569)
    run_command("ita_rollover", "--from", "2566", "--to", "2569", "--csv", str(tmp_path / "r.csv"))
    assert draft_types(new_pages()["O1"]) == ["org_structure", "org_structure"]


CROSSWALK_FROM_2569 = """
schema = 1
year = 2570
title = "ทดสอบ"
previous = 2569
{extra}
[[divisions]]
key = "finance"
name = "กองคลัง"

[[indicators]]
number = "9"
title = "การเปิดเผยข้อมูล"

[[sub_indicators]]
number = "9.1"
indicator = "9"
title = "ข้อมูลพื้นฐาน"

[[categories]]
key = "basic"
sub_indicator = "9.1"
title = "ข้อมูลพื้นฐาน"
page_type = "wagtail_ita.BasicInformationItemPage"

[[items]]
code = "O1"
category = "basic"
title = "โครงสร้าง"
divisions = ["finance"]
from = [{sources}]
requirement = "- แผนผัง"

  [[items.components]]
  key = "org_chart"
  title = "แผนผัง"
  kind = "org_structure"
  period = "none"
  carry_over = true
"""


def test_crosswalk_from_another_year_is_refused(db, run_command, settings, tmp_path):
    codes = ", ".join(f'"O{n}"' for n in range(1, 27))
    (tmp_path / "2570.toml").write_text(CROSSWALK_FROM_2569.format(extra="", sources=codes), encoding="utf-8")
    settings.WAGTAIL_ITA_FRAMEWORK_DIRS = [str(tmp_path)]
    with pytest.raises(CommandError, match="2569") as excinfo:
        run_command("ita_rollover", "--from", "2566", "--to", "2570", "--dry-run")
    assert excinfo.value.returncode == 2


def test_year_without_crosswalk_is_refused(db, run_command, settings, tmp_path):
    text = CROSSWALK_FROM_2569.format(extra="", sources="").replace("previous = 2569\n", "").replace("from = []\n", "")
    (tmp_path / "2570.toml").write_text(text, encoding="utf-8")
    settings.WAGTAIL_ITA_FRAMEWORK_DIRS = [str(tmp_path)]
    with pytest.raises(CommandError, match="ไม่มีตารางเทียบ") as excinfo:
        run_command("ita_rollover", "--from", "2566", "--to", "2570", "--dry-run")
    assert excinfo.value.returncode == 2
    assert "(The framework of 2570 has no crosswalk ('previous' and each item's 'from')" in str(excinfo.value)


def test_period_bound_content_is_never_carried_whatever_the_file_says(section, run_command, settings, tmp_path):
    from wagtail_ita.frameworks import DATA_DIR

    text = (DATA_DIR / "2569.toml").read_text(encoding="utf-8")
    # O11's monthly summaries and O13's HR plan (a policy with dates) marked carry_over: ignored.
    text = text.replace(
        'kind = "monthly_procurement"\nperiod = "first_half_year"',
        'kind = "monthly_procurement"\nperiod = "first_half_year"\ncarry_over = true',
    )
    text = text.replace(
        'kind = "policy"\nperiod = "in_force"', 'kind = "policy"\nperiod = "in_force"\ncarry_over = true'
    )
    (tmp_path / "2569.toml").write_text(text, encoding="utf-8")
    settings.WAGTAIL_ITA_FRAMEWORK_DIRS = [str(tmp_path)]
    files = Files()
    framework = section.year_page.framework
    for code in ("O21", "O23"):
        publish(section, code, good_blocks(framework.item(code), 2566, files))
    run_command("ita_rollover", "--from", "2566", "--to", "2569", "--csv", str(tmp_path / "r.csv"))
    pages = new_pages()
    assert draft_types(pages["O11"]) == []
    assert draft_types(pages["O13"]) == []


@pytest.mark.localize
def test_an_english_translation_of_the_old_year_is_not_a_second_section(
    section, run_command, tmp_path, django_capture_on_commit_callbacks
):
    from wagtail.models import Locale
    from wagtail_localize.operations import translate_object

    english = Locale.objects.create(language_code="en")
    for page in (section.section, section.year_page):
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(page, [english])
    assert AssessmentYearPage.objects.filter(year=2566).count() == 2
    out, _err = run_command("ita_rollover", "--from", "2566", "--to", "2569", "--csv", str(tmp_path / "r.csv"))
    assert AssessmentYearPage.objects.get(year=2569).locale == Locale.get_default()
    assert len(new_pages()) == 26


def test_a_report_that_cannot_be_written_is_refused_before_anything_changes(section, run_command, tmp_path):
    pages = Page.objects.count()
    with pytest.raises(CommandError) as excinfo:
        run_command("ita_rollover", "--from", "2566", "--to", "2569", "--csv", str(tmp_path / "no" / "r.csv"))
    assert excinfo.value.returncode == 2
    assert "เขียนรายงานลง" in str(excinfo.value) and "(Cannot write the report to" in str(excinfo.value)
    assert Page.objects.count() == pages and not AssessmentYearPage.objects.filter(year=2569).exists()
