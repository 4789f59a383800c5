"""ita_framework check | show | diff, and the crosswalk checked on load."""

import pytest
from django.core.management.base import CommandError

from wagtail_ita.frameworks import DATA_DIR, FrameworkError
from wagtail_ita.frameworks.loader import load_framework_file

TEXT_2569 = (DATA_DIR / "2569.toml").read_text(encoding="utf-8")


def line_of(text, needle, after=None):
    lines = text.splitlines()
    start = 0
    if after:
        start = next(i for i, line in enumerate(lines) if after in line)
    return next(i for i, line in enumerate(lines) if i >= start and line.startswith(needle)) + 1


def write(tmp_path, text, name="2569.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def check(run_command, path):
    with pytest.raises(CommandError) as excinfo:
        run_command("ita_framework", "check", str(path))
    assert excinfo.value.returncode == 2
    return excinfo


def test_check_a_good_file(run_command):
    out, _err = run_command("ita_framework", "check", str(DATA_DIR / "2569.toml"))
    assert "ไม่พบปัญหา" in out and "26" in out and "2566" in out
    assert "รายการชั่วคราว" in out


def test_broken_crosswalk_is_refused_with_its_line(tmp_path, run_command, capsys):
    text = TEXT_2569.replace('from = ["O5", "O8"]', 'from = ["O5", "O99"]')
    path = write(tmp_path, text)
    with pytest.raises(FrameworkError) as excinfo:
        load_framework_file(path)
    lines = {(p.item, p.field): p.line for p in excinfo.value.problems}
    assert lines[("O3", "from")] == line_of(text, 'from = ["O5", "O99"]')
    # O8 of 2566 is now neither continued nor dropped: reported at 'previous'.
    assert lines[("", "previous")] == line_of(text, "previous = 2566")
    excinfo = check(run_command, path)
    assert "2 problem(s)" in str(excinfo.value)


def test_check_reports_every_problem_in_thai_and_english(tmp_path, run_command):
    text = (
        TEXT_2569.replace('from = ["O5", "O8"]', 'from = ["O5", "O99"]')
        .replace('category = "procurement"', 'category = "shopping"', 1)
        .replace('period = "previous_year"', 'period = "last_year"', 1)
    )
    path = write(tmp_path, text)
    import io

    out = io.StringIO()
    from django.core.management import call_command

    with pytest.raises(CommandError) as excinfo:
        call_command("ita_framework", "check", str(path), stdout=out)
    assert excinfo.value.returncode == 2
    output = out.getvalue()
    o11 = line_of(text, 'category = "shopping"')
    assert f"2569.toml:{o11}, O11 [category]: ไม่มีหมวด 'shopping' ในไฟล์" in output
    assert "    unknown category 'shopping'" in output
    assert "O3 [from]: 'O99' ไม่ใช่ข้อของปี 2566" in output
    assert "unknown period rule 'last_year'" in output
    assert "O8" in output  # the forgotten 2566 item
    assert "4 problem(s)" in str(excinfo.value)


def test_missing_from_and_a_dropped_item_that_is_continued(tmp_path):
    text = TEXT_2569.replace('from = ["O7"]\n', "", 1).replace('code = "O6"\nreason', 'code = "O7"\nreason', 1)
    with pytest.raises(FrameworkError) as excinfo:
        load_framework_file(write(tmp_path, text))
    messages = [(p.item, p.field, p.text("en")) for p in excinfo.value.problems]
    assert ("O4", "", "no 'from': name the items of 2566 this item continues, or write 'from = []' for a new item") in [
        (i, f, m) for i, f, m in messages
    ]
    assert any("items of 2566 neither continued" in m and "O6" in m for _i, _f, m in messages)


def test_carry_over_on_a_period_bound_component_is_a_warning_not_an_error(tmp_path):
    text = TEXT_2569.replace(
        'kind = "monthly_procurement"\nperiod = "first_half_year"',
        'kind = "monthly_procurement"\nperiod = "first_half_year"\ncarry_over = true',
    )
    framework = load_framework_file(write(tmp_path, text))
    assert [(w.item, w.field) for w in framework.warnings] == [("O11 component monthly_summary", "carry_over")]
    assert not framework.item("O11").components[0].carries_over


def test_page_type_that_cannot_hold_a_component_is_a_problem(tmp_path, run_command):
    text = TEXT_2569.replace(
        'page_type = "wagtail_ita.InteractionItemPage"', 'page_type = "wagtail_ita.WorkStandardsItemPage"'
    )
    excinfo = check(run_command, write(tmp_path, text))
    assert "2 problem(s)" in str(excinfo.value)  # neither contact nor channel blocks


@pytest.mark.parametrize("kind", ["missing", "directory", "not_utf8"])
def test_bad_paths_exit_2(tmp_path, run_command, kind):
    path = tmp_path / "2569.toml"
    if kind == "directory":
        path.mkdir()
    elif kind == "not_utf8":
        path.write_bytes(b'schema = 1\ntitle = "\xff"\n')
    check(run_command, path)


def test_show_prints_the_tree_and_says_provisional(run_command):
    out, _err = run_command("ita_framework", "show", "2569")
    assert "รายการชั่วคราว" in out
    assert "9.1 ข้อมูลพื้นฐาน" in out
    assert "O1   โครงสร้าง หน้าที่และอำนาจ  [strategy]  ← 2566 O1, O3" in out
    assert "org_chart: org_structure, none  ⟳ ยกมาจากปีก่อน" in out
    assert "O6 กฎหมายที่เกี่ยวข้อง" in out


def test_diff_goes_item_by_item_through_the_crosswalk(run_command):
    out, _err = run_command("ita_framework", "diff", "2566", "2569")
    assert "O1   โครงสร้าง หน้าที่และอำนาจ  (รวมข้อ)" in out
    assert "← 2566: O1 โครงสร้าง + O3 อำนาจหน้าที่" in out
    assert "authority ยกมาจาก O3.authority" in out
    assert "O6   กฎหมายที่เกี่ยวข้อง  (ยกเลิก)" in out
    assert "O18" in out and "complaint_statistics.period" in out  # first half-year → previous year


def test_diff_without_a_crosswalk_exits_2(run_command):
    with pytest.raises(CommandError) as excinfo:
        run_command("ita_framework", "diff", "2569", "2566")
    assert excinfo.value.returncode == 2
    with pytest.raises(CommandError) as excinfo:
        run_command("ita_framework", "show", "2400")
    assert excinfo.value.returncode == 2
