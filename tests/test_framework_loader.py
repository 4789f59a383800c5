"""A malformed framework file fails on load with a message naming the file, the item and the problem."""

import pytest

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


def test_valid_file_loads(tmp_path):
    framework = load_framework_file(write(tmp_path, VALID))
    assert [i.code for i in framework.items] == ["O1", "O2"]
    assert framework.item("o2").components[0].match == (("role", "chief"),)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('code = "O2"', 'code = "O1"'), "2599.toml, O1: duplicate item code 'O1'"),
        (
            ('category = "basic_information"\ntitle = "โครงสร้าง"', 'category = "nope"\ntitle = "โครงสร้าง"'),
            "2599.toml, O1: unknown category 'nope'",
        ),
        (('divisions = ["finance"]', 'divisions = ["treasury"]'), "2599.toml, O1: unknown division 'treasury'"),
        (
            ('period = "none"\n\n[[items]]', 'period = "someday"\n\n[[items]]'),
            "2599.toml, O1 component chart: unknown period rule 'someday'",
        ),
        (('title = "โครงสร้าง"', 'title = ""'), "2599.toml, O1: missing title"),
        (('title = "ข้อมูลผู้บริหาร"\n', ""), "2599.toml, O2: missing title"),
        (
            ('kind = "org_structure"', 'kind = "hologram"'),
            "2599.toml, O1 component chart: unknown component kind 'hologram'",
        ),
        (('code = "O2"', 'code = "X2"'), "2599.toml, X2: item code 'X2' must look like O1"),
        (('divisions = ["finance"]', "divisions = []"), "2599.toml, O1: no responsible division"),
        (("schema = 1", "schema = 9"), "2599.toml: unsupported schema 9"),
        (("year = 2599", "year = 2600"), "2599.toml: year 2600 does not match the file name"),
        (('indicator = "9"', 'indicator = "11"'), "2599.toml, sub-indicator 9.1: unknown indicator '11'"),
    ],
)
def test_broken_file_names_file_item_and_problem(tmp_path, change, message):
    old, new = change
    assert old in VALID
    path = write(tmp_path, VALID.replace(old, new, 1))
    with pytest.raises(FrameworkError) as excinfo:
        load_framework_file(path)
    assert str(excinfo.value).startswith(message)


def test_not_toml(tmp_path):
    with pytest.raises(FrameworkError, match=r"2599.toml: not valid TOML"):
        load_framework_file(write(tmp_path, VALID + "\n[[items\n"))


def test_missing_file(tmp_path):
    with pytest.raises(FrameworkError, match="file not found"):
        load_framework_file(tmp_path / "2599.toml")


def test_unknown_year():
    with pytest.raises(FrameworkError, match=r"no framework data for year 2400 \(available: .*2566"):
        load_framework(2400)


def test_a_new_year_is_only_a_data_file(settings, tmp_path):
    write(tmp_path, VALID)
    settings.WAGTAIL_ITA_FRAMEWORK_DIRS = [str(tmp_path)]
    assert available_years()[-1] == 2599
    assert load_framework(2599).item("O1").title == "โครงสร้าง"
