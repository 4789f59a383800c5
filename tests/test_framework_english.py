"""English titles (``title_en``, ``name_en``) in framework files: complete in every shipped file, never Thai,
optional (a file without them loads; ``ita_framework check`` notes what is missing)."""

import re

import pytest

from wagtail_ita.frameworks import DATA_DIR, FrameworkError, load_framework
from wagtail_ita.frameworks.english import missing_english
from wagtail_ita.frameworks.loader import load_framework_file

from .test_framework_loader import VALID

THAI = re.compile(r"[\u0e00-\u0e7f]")


@pytest.fixture(scope="module")
def framework():
    return load_framework(2566)


def test_every_title_of_2566_has_an_english_title(framework):
    titled = [*framework.indicators, *framework.sub_indicators, *framework.categories, *framework.items]
    assert len(framework.items) == 43 and len(framework.categories) == 15
    assert len(framework.indicators) == 2 and len(framework.sub_indicators) == 7
    missing = [
        getattr(obj, "code", None) or getattr(obj, "key", None) or obj.number for obj in titled if not obj.title_en
    ]
    assert missing == []
    assert framework.title_en.startswith("Integrity and Transparency Assessment (ITA)")
    for division in framework.divisions:
        assert division.name_en and division.short_name_en, division.key


def test_english_titles_are_english_and_distinct(framework):
    texts = [obj.title_en for obj in (*framework.indicators, *framework.sub_indicators, *framework.items)]
    texts += [obj.title_en for obj in framework.categories] + [d.name_en for d in framework.divisions]
    assert not [text for text in texts if THAI.search(text)]
    # Two items never share an English title where their Thai titles differ.
    assert len({item.title_en for item in framework.items}) == len({item.title for item in framework.items}) == 43
    assert framework.item("O2").title_en == "Information on the executives"
    assert framework.item("O21").title_en == "Monthly summary of procurement or acquisition of supplies"
    assert framework.category("procurement").title_en == "Procurement or acquisition of supplies"
    assert framework.indicator("10").title_en == "Corruption prevention"
    assert framework.division("finance").name_en == "Finance Division"


def test_a_file_without_english_titles_loads(tmp_path):
    path = tmp_path / "2599.toml"
    path.write_text(VALID, encoding="utf-8")
    framework = load_framework_file(path)
    assert framework.item("O1").title_en == "" and framework.categories[0].title_en == ""
    assert framework.divisions[0].name_en == ""


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ('title = "โครงสร้าง"', 'title = "โครงสร้าง"\ntitle_en = "โครงสร้าง"', "O1"),
        ('title = "ข้อมูลพื้นฐาน"\npage_type', 'title = "ข้อมูลพื้นฐาน"\ntitle_en = "ข้อมูล"\npage_type', "category"),
        ('short_name = "กองคลัง"', 'short_name = "กองคลัง"\nname_en = "กองคลัง"', "division finance"),
        ('title = "โครงสร้าง"', 'title = "โครงสร้าง"\ntitle_en = 3', "O1"),
    ],
)
def test_thai_or_non_text_english_title_is_refused(tmp_path, old, new, where):
    path = tmp_path / "2599.toml"
    path.write_text(VALID.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(FrameworkError, match=where) as excinfo:
        load_framework_file(path)
    assert "title_en" in str(excinfo.value) or "name_en" in str(excinfo.value)


SHIPPED = sorted(int(path.stem) for path in DATA_DIR.glob("*.toml"))


@pytest.mark.parametrize("year", SHIPPED)
def test_every_shipped_file_has_english_titles_everywhere(year):
    framework = load_framework(year)
    titled = [*framework.indicators, *framework.sub_indicators, *framework.categories, *framework.items]
    assert framework.title_en and not THAI.search(framework.title_en)
    assert [obj for obj in titled if not obj.title_en or THAI.search(obj.title_en)] == []
    assert [d.key for d in framework.divisions if not (d.name_en and d.short_name_en)] == []
    assert missing_english(framework) == []


def test_shipped_files_agree_on_the_english_of_one_thai_title():
    """The glossary that pre-fills translations takes the newest file's English: a Thai title two files
    share must have one English title, or a translation would change with the year."""
    english = {}
    for year in SHIPPED:
        framework = load_framework(year)
        for obj in (*framework.indicators, *framework.sub_indicators, *framework.categories, *framework.items):
            english.setdefault(obj.title, set()).add(obj.title_en)
        for division in framework.divisions:
            english.setdefault(division.name, set()).add(division.name_en)
    assert {thai: texts for thai, texts in english.items() if len(texts) > 1} == {}


def test_2569_english_titles():
    framework = load_framework(2569)
    assert SHIPPED[:2] == [2566, 2569]
    assert framework.item("O1").title_en == "Organisational structure, duties and powers"
    assert framework.item("O2").title_en == load_framework(2566).item("O2").title_en
    assert framework.item("O11").title_en.endswith("fiscal year B.E. 2569")
    assert framework.category("ethics").title_en == "Ethics"
    assert len({item.title_en for item in framework.items}) == 26


def test_check_notes_missing_english_titles_as_a_warning(tmp_path, run_command):
    path = tmp_path / "2599.toml"
    path.write_text(VALID, encoding="utf-8")
    out, _err = run_command("ita_framework", "check", str(path))  # no error: exit code 0
    assert "ไม่พบปัญหา" in out
    assert "no English title ('title_en') for 2 of 2 items (O1, O2); English pages show their Thai titles" in out
    assert "no English title ('name_en') for 1 of 1 divisions (finance)" in out
    assert "ไม่มีชื่อภาษาอังกฤษ" in out  # the Thai line comes first, as for every problem
    out, _err = run_command("ita_framework", "check", str(DATA_DIR / "2569.toml"))
    assert "English" not in out


@pytest.mark.parametrize("year", SHIPPED)
def test_english_pages_label_every_indicator_category_and_item_in_english(year):
    """What English year and item pages print (``i18n.framework_in``): no Thai title left in a shipped year."""
    from wagtail_ita.i18n import framework_in

    english = framework_in(load_framework(year), "en")
    titles = [english.title] + [
        obj.title for obj in (*english.indicators, *english.sub_indicators, *english.categories, *english.items)
    ]
    assert [title for title in titles if THAI.search(title)] == []
    assert framework_in(load_framework(year), "th").item("O1").title == load_framework(year).item("O1").title


def test_english_pages_fall_back_to_the_thai_title(tmp_path):
    from wagtail_ita.i18n import framework_in

    path = tmp_path / "2599.toml"
    path.write_text(
        VALID.replace('title = "โครงสร้าง"', 'title = "โครงสร้าง"\ntitle_en = "Structure"', 1), encoding="utf-8"
    )
    english = framework_in(load_framework_file(path), "en")
    assert english.item("O1").title == "Structure" and english.item("O2").title == "ข้อมูลผู้บริหาร"
    assert english.title == "กรอบทดสอบ" and english.categories[0].title == "ข้อมูลพื้นฐาน"
