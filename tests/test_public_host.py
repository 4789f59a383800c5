"""The public pages inside the host's template: landmarks, language and breadcrumbs (issue 10).

The example site's ``base.html`` wraps ``{% block content %}`` in its ``<main>``; the section adds
an ``<article lang="…">`` and never a ``<main>`` of its own, renders its labels in the section's
language whatever the host's, and drops its breadcrumbs by a setting or by a template block.
"""

import pytest
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale

from wagtail_ita.models import AssessmentYearPage
from wagtail_ita.models.public import content_language

HOST = {"HTTP_HOST": "localhost"}


@pytest.fixture
def pages(section):
    year_page = AssessmentYearPage.objects.get(year=2566)
    item = next(page for page in year_page.item_pages() if page.item_code.upper() == "O21")
    return {"section": section.section, "year": year_page, "item": item}


def get(client, page):
    response = client.get(page.url, **HOST)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("kind", ["section", "year", "item"])
def test_a_page_is_one_article_in_the_hosts_main(client, pages, kind):
    html = get(client, pages[kind])
    assert html.count("<main") == 1  # the example site's own
    assert f'<article class="ita ita-{kind}" lang="th">' in html
    assert html.index("<main") < html.index("<article") < html.index("</article>") < html.index("</main>")


def test_labels_follow_the_sections_language_not_the_hosts(client, pages, settings):
    settings.LANGUAGE_CODE = "en"
    html = get(client, pages["item"])
    assert "ส่วนราชการที่รับผิดชอบ" in html and "Responsible divisions" not in html
    html = get(client, pages["year"])
    assert "ตัวชี้วัดที่" in html and "Indicator 9" not in html
    assert translation.get_language() != "th"  # rendering switched language only inside the article


def test_breadcrumbs_are_on_by_default_and_off_by_the_setting(client, pages, settings):
    assert 'class="ita-breadcrumb"' in get(client, pages["year"])
    assert 'class="ita-breadcrumb"' in get(client, pages["item"])
    settings.WAGTAIL_ITA_BREADCRUMBS = False
    assert "ita-breadcrumb" not in get(client, pages["year"])
    assert "ita-breadcrumb" not in get(client, pages["item"])


def test_breadcrumbs_are_off_by_a_template_block(client, pages, settings, tmp_path):
    override = tmp_path / "wagtail_ita" / "page.html"
    override.parent.mkdir()
    override.write_text('{% extends "wagtail_ita/page.html" %}{% block ita_breadcrumbs %}{% endblock %}')
    templates = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    with override_settings(TEMPLATES=templates):
        html = get(client, pages["item"])
    assert "ita-breadcrumb" not in html
    assert '<article class="ita ita-item" lang="th">' in html


def test_content_language_is_the_locale_of_a_translation_and_thai_for_a_section_in_a_foreign_locale(pages):
    section = pages["section"]
    assert content_language(section) == "th"
    english = Locale.objects.create(language_code="en")
    # A Thai section built under an English-only site's home page sits in the English locale.
    section.locale = english
    assert content_language(section) == "th"
    # A real translation (a copy in another locale of a Thai page) is in its own locale.
    section.locale = Locale.objects.get(language_code="th")
    translated = section.copy_for_translation(english, copy_parents=True)
    assert content_language(translated) == "en"
