"""Every one of the 43 items: complete with good content, and missing the right thing when one component goes."""

import pytest
from django.apps import apps

from wagtail_ita.compliance import COMPLETE, INCOMPLETE, MISSING, check_item

from .factories import Files, component_values, stream

YEAR = 2566
DIVISIONS = {"กองคลัง": {"กองคลัง"}, "กองช่าง": {"กองช่าง", "กองช่างฯ"}}


def blocks_by_component(item, files):
    per_component = []
    for component in item.components:
        values = component_values(component, YEAR, files, division_names=list(DIVISIONS))
        per_component.append((component, [(component.kind, value) for value in values]))
    return per_component


@pytest.mark.django_db
@pytest.mark.parametrize("code", [f"O{n}" for n in range(1, 44)])
def test_item_complete_then_each_component_removed(framework, code):
    item = framework.item(code)
    model = apps.get_model(framework.category(item.category).page_type)
    per_component = blocks_by_component(item, Files())
    every_block = [block for _c, blocks in per_component for block in blocks]

    result = check_item(item, stream(model, every_block), YEAR, divisions=DIVISIONS)
    assert result.status == COMPLETE, result.reasons
    assert result.reasons == ()

    for component, blocks in per_component:
        remaining = [block for block in every_block if block not in blocks]
        result = check_item(item, stream(model, remaining), YEAR, divisions=DIVISIONS)
        assert result.status == (INCOMPLETE if remaining else MISSING)
        expected = "ยังไม่มีของ กองคลัง, กองช่าง" if component.per_division else "ยังไม่มีข้อมูล"
        assert result.reasons == (f"{component.title}: {expected}",), (code, component.key)
