"""The bundled 2566 framework matches the seed (corrected), compared with an independent transcription."""

import unicodedata

import pytest

from wagtail_ita.blocks import COMPONENT_BLOCKS
from wagtail_ita.frameworks import available_years
from wagtail_ita.frameworks.vocabulary import COMPONENT_KINDS, PERIOD_RULES

from .expected_2566 import EXPECTED_DIVISIONS, EXPECTED_ITEMS, EXPECTED_SUB_INDICATORS


def test_2566_is_available():
    assert 2566 in available_years()


def test_43_items_in_order(framework):
    assert [item.code for item in framework.items] == [f"O{n}" for n in range(1, 44)]
    assert [item.number for item in framework.items] == list(range(1, 44))


@pytest.mark.parametrize("expected", EXPECTED_ITEMS, ids=[e[0] for e in EXPECTED_ITEMS])
def test_item_matches_seed(framework, expected):
    code, title, sub_indicator, category_title, division_names, all_divisions = expected
    item = framework.item(code)
    category = framework.category(item.category)
    assert item.title == title
    assert category.sub_indicator == sub_indicator
    assert category.title == category_title
    assert tuple(framework.division(key).name for key in item.divisions) == division_names
    assert item.all_divisions is all_divisions


def test_structure(framework):
    assert [i.number for i in framework.indicators] == ["9", "10"]
    assert {s.number: s.title for s in framework.sub_indicators} == EXPECTED_SUB_INDICATORS
    assert len(framework.categories) == 15
    assert len({c.page_type for c in framework.categories}) == 15


def test_divisions_resolve_every_seed_spelling(framework):
    assert {d.name for d in framework.divisions} == set(EXPECTED_DIVISIONS)
    for spec in framework.divisions:
        names = {spec.name, spec.short_name, *spec.aliases}
        assert EXPECTED_DIVISIONS[spec.name] <= names, spec.key


def _strings(framework):
    for item in framework.items:
        yield item.code, item.title
        yield item.code, item.requirement
        for component in item.components:
            yield item.code, component.title
            yield from ((item.code, element) for element in component.elements)


def test_no_pdf_artefacts_left(framework):
    for code, text in _strings(framework):
        for char in text:
            if ord(char) < 128 or "\u0e00" <= char <= "\u0e7f" or char in "\n–":
                continue
            pytest.fail(
                f"{code}: stray character {char!r} U+{ord(char):04X} ({unicodedata.name(char, '?')}) in {text!r}"
            )
        assert "  " not in text, f"{code}: double space in {text!r}"
        for typo in ["กรดำเนินงาน", "คว้ชีวัด", "จะต้องมียัง", "ติดต่อย่างไร", "ความ เสี่ยง", "จួយ"]:
            assert typo not in text, f"{code}: seed typo {typo!r} left in {text!r}"


def test_every_component_uses_the_vocabulary_and_its_page_type_offers_the_block(framework):
    from django.apps import apps

    for item in framework.items:
        model = apps.get_model(framework.category(item.category).page_type)
        menu = set(model.body.field.stream_block.child_blocks)
        assert item.components, item.code
        for component in item.components:
            assert component.kind in COMPONENT_KINDS
            assert component.period in PERIOD_RULES
            assert component.kind in COMPONENT_BLOCKS
            assert component.kind in menu, f"{item.code} {component.key}: {model.__name__} has no {component.kind}"


def test_known_component_rules(framework):
    o2 = framework.item("O2")
    assert sorted(dict(c.match)["role"] for c in o2.components if c.kind == "executive_profile") == ["chief", "deputy"]
    assert {c.period for c in framework.item("O21").components} == {"first_half_year"}
    assert framework.item("O4").components[0].period == "multi_year"
    assert any(c.per_division for c in framework.item("O14").components)
    assert framework.item("O43").all_divisions
    assert {c.kind for c in framework.item("O43").components} >= {"eit_qr_code"}
    assert [d for d in framework.item("O18").divisions] == ["strategy", "engineering"]
