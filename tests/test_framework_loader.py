"""A malformed framework file fails on load with a message naming the file, the item and the problem."""

import pytest
from django.utils import translation

from wagtail_ita.frameworks import FrameworkError, available_years, load_framework
from wagtail_ita.frameworks.loader import load_framework_file

VALID = """
schema = 1
year = 2599
fiscal_year = 2599
title = "กรอบทดสอบ"

[[divisions]]
key = "finance"
name = "กองคลัง"
short_name = "กองคลัง"

[[indicators]]
number = "9"
title = "การเปิดเผยข้อมูล"

[[sub_indicators]]
number = "9.1"
indicator = "9"
title = "ข้อมูลพื้นฐาน"

[[categories]]
key = "basic_information"
sub_indicator = "9.1"
title = "ข้อมูลพื้นฐาน"
page_type = "wagtail_ita.BasicInformationItemPage"

[[items]]
code = "O1"
category = "basic_information"
title = "โครงสร้าง"
divisions = ["finance"]
requirement = "- แสดงแผนผัง"

  [[items.components]]
  key = "chart"
  title = "แผนผังโครงสร้าง"
  kind = "org_structure"
  period = "none"

[[items]]
code = "O2"
category = "basic_information"
title = "ข้อมูลผู้บริหาร"
all_divisions = true
requirement = "- แสดงข้อมูลผู้บริหาร"

  [[items.components]]
  key = "chief"
  title = "ผู้บริหารสูงสุด"
  kind = "executive_profile"
  period = "none"
  match = { role = "chief" }
"""


def write(tmp_path, text, name="2599.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_valid_file_loads(tmp_path):
    framework = load_framework_file(write(tmp_path, VALID))
    assert [i.code for i in framework.items] == ["O1", "O2"]
    assert framework.item("o2").components[0].match == (("role", "chief"),)
    assert framework.previous is None and framework.provisional is False and framework.warnings == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('code = "O2"', 'code = "O1"'), "2599.toml:41, O1 [code]: duplicate item code 'O1'"),
        (
            ('category = "basic_information"\ntitle = "โครงสร้าง"', 'category = "nope"\ntitle = "โครงสร้าง"'),
            "2599.toml:29, O1 [category]: unknown category 'nope'",
        ),
        (
            ('divisions = ["finance"]', 'divisions = ["treasury"]'),
            "2599.toml:31, O1 [divisions]: unknown division 'treasury'",
        ),
        (
            ('period = "none"\n\n[[items]]', 'period = "someday"\n\n[[items]]'),
            "2599.toml:38, O1 component chart [period]: unknown period rule 'someday'",
        ),
        (('title = "โครงสร้าง"', 'title = ""'), "2599.toml:30, O1 [title]: missing title"),
        (('title = "ข้อมูลผู้บริหาร"\n', ""), "2599.toml:40, O2 [title]: missing title"),
        (
            ('kind = "org_structure"', 'kind = "hologram"'),
            "2599.toml:37, O1 component chart [kind]: unknown component kind 'hologram'",
        ),
        (('code = "O2"', 'code = "X2"'), "2599.toml:41, X2 [code]: item code 'X2' must look like O1"),
        (('divisions = ["finance"]', "divisions = []"), "2599.toml:31, O1 [divisions]: no responsible division"),
        (("schema = 1", "schema = 9"), "2599.toml:2 [schema]: unsupported schema 9"),
        (("year = 2599", "year = 2600"), "2599.toml:3 [year]: year 2600 does not match the file name"),
        (
            ('indicator = "9"', 'indicator = "11"'),
            "2599.toml:18, sub-indicator 9.1 [indicator]: unknown indicator '11'",
        ),
        (
            ('period = "none"\n  match', 'period = "none"\n  min_count = 0\n  match'),
            "2599.toml:52, O2 component chief [min_count]",
        ),
    ],
)
def test_broken_file_names_file_line_item_field_and_problem(tmp_path, change, message):
    old, new = change
    assert old in VALID
    path = write(tmp_path, VALID.replace(old, new, 1))
    with pytest.raises(FrameworkError) as excinfo:
        load_framework_file(path)
    assert str(excinfo.value).startswith(message)


def test_every_problem_is_reported_not_only_the_first(tmp_path):
    broken = (
        VALID.replace('category = "basic_information"\ntitle = "โครงสร้าง"', 'category = "nope"\ntitle = "โครงสร้าง"')
        .replace('kind = "executive_profile"', 'kind = "hologram"')
        .replace('indicator = "9"', 'indicator = "11"')
        .replace("schema = 1", "schema = 9")
    )
    with pytest.raises(FrameworkError) as excinfo:
        load_framework_file(write(tmp_path, broken))
    found = [(p.line, p.item, p.field) for p in excinfo.value.problems]
    assert found == [
        (2, "", "schema"),
        (18, "sub-indicator 9.1", "indicator"),
        (29, "O1", "category"),
        (50, "O2 component chief", "kind"),
    ]
    assert str(excinfo.value).endswith("(+3)")


def test_problem_in_thai_and_english(tmp_path):
    path = write(tmp_path, VALID.replace('divisions = ["finance"]', 'divisions = ["treasury"]'))
    with pytest.raises(FrameworkError) as excinfo:
        load_framework_file(path)
    problem = excinfo.value.problems[0]
    assert problem.text("en") == "unknown division 'treasury'"
    assert problem.text("th") == "ไม่มีส่วนราชการ 'treasury' ในไฟล์"
    with translation.override("th"):
        assert (
            str(problem) == "2599.toml:31, O1 [divisions]: ไม่มีส่วนราชการ 'treasury' ในไฟล์ (unknown division 'treasury')"
        )


def test_not_toml_names_the_line(tmp_path):
    with pytest.raises(FrameworkError, match=r"2599.toml:54: not valid TOML") as excinfo:
        load_framework_file(write(tmp_path, VALID + "\n[[items\n"))
    assert excinfo.value.problems[0].line == 54


def test_missing_file(tmp_path):
    with pytest.raises(FrameworkError, match="file not found"):
        load_framework_file(tmp_path / "2599.toml")


def test_a_directory_is_not_a_file(tmp_path):
    (tmp_path / "2599.toml").mkdir()
    with pytest.raises(FrameworkError, match="this is a directory"):
        load_framework_file(tmp_path / "2599.toml")


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "2599.toml"
    path.write_bytes(VALID.replace("โครงสร้าง", "X").encode("utf-8").replace(b'title = "X"', b'title = "\xe0\x20"', 1))
    with pytest.raises(FrameworkError, match="not UTF-8") as excinfo:
        load_framework_file(path)
    assert excinfo.value.problems[0].line == 30


def test_unknown_year():
    with pytest.raises(FrameworkError, match=r"no framework data for year 2400 \(available: .*2566"):
        load_framework(2400)


def test_a_new_year_is_only_a_data_file(settings, tmp_path):
    write(tmp_path, VALID)
    settings.WAGTAIL_ITA_FRAMEWORK_DIRS = [str(tmp_path)]
    assert available_years()[-1] == 2599
    assert load_framework(2599).item("O1").title == "โครงสร้าง"


def test_provisional_needs_a_source(tmp_path):
    path = write(tmp_path, VALID.replace("title = ", "provisional = true\ntitle = ", 1))
    with pytest.raises(FrameworkError, match=r"2599.toml \[source\]: a provisional framework must say"):
        load_framework_file(path)
    framework = load_framework_file(
        write(tmp_path, VALID.replace("title = ", 'provisional = true\nsource = "a web page"\ntitle = ', 1))
    )
    assert framework.provisional and framework.source == "a web page"


def test_a_line_inside_a_multiline_string_is_not_a_key(tmp_path):
    text = VALID.replace('requirement = "- แสดงแผนผัง"', 'requirement = """\ncode = "O9"\ncategory = 1\n"""')
    text = text.replace('category = "basic_information"\ntitle = "โครงสร้าง"', 'category = "nope"\ntitle = "โครงสร้าง"')
    with pytest.raises(FrameworkError) as excinfo:
        load_framework_file(write(tmp_path, text))
    assert excinfo.value.problems[0].line == 29
