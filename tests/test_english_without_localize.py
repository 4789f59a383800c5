"""Translations made without wagtail-localize (Wagtail's own copy for translation, as
``wagtail.contrib.simple_translation`` does): the same /en/ pages, the Thai page authoritative.

Not marked ``localize``: it runs on both kinds of site.
"""

import json

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Locale

from .coordinator import page_of, publish
from .factories import Files, good_blocks

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_o2(section):
    english = Locale.objects.create(language_code="en")
    publish(section, "O2", good_blocks(section.year_page.framework.item("O2"), 2566, Files()))
    translation = page_of(section, "O2").copy_for_translation(english, copy_parents=True)
    translation.title = "Information on the executives"
    translation.save_revision().publish()
    return translation


def test_a_translation_made_by_wagtail_is_served_under_en_and_names_its_original(section, english_o2, client):
    assert english_o2.url == "/en/ita/2566/o2/"
    response = client.get("/en/ita/2566/o2/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<article class="ita ita-item" lang="en">' in html
    assert "Responsible divisions" in html and "Information on the executives" in html
    assert '<a href="/ita/2566/o2/" rel="alternate" hreflang="th" lang="th">ข้อมูลผู้บริหาร</a>' in html
    thai = client.get("/ita/2566/o2/").content.decode()
    assert 'href="/en/ita/2566/o2/" rel="alternate" hreflang="en"' in thai


def test_the_translation_is_no_extra_item_and_shares_permissions(section, english_o2, run_command):
    records = json.loads(run_command("ita_status", year=2566, format="json")[0])
    assert len(records) == 43
    assert next(r for r in records if r["code"] == "O2")["url"].endswith("/ita/2566/o2/")
    editors = Group.objects.get(name__contains="กองยุทธศาสตร์")
    assert GroupPagePermission.objects.filter(group=editors, page=english_o2).exists()
