"""Query counts of the public pages stay constant as blocks, documents, images and items grow."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_document, make_image
from wagtail_ita.models import AssessmentYearPage, Division

# What an anonymous visitor's view needs today (Wagtail's routing and the site's menu and footer included):
# a change that goes above them has most likely added a query per item, block or document.
ITEM_PAGE_QUERIES = 24  # with documents, images and renditions; the year page comes from the routing
YEAR_PAGE_QUERIES = 21  # the items and their divisions as plain values in one query: never one per item or type


pytestmark = pytest.mark.usefixtures("page_cache_off")


def fill(page, blocks):
    page.body = blocks
    page.save_revision().publish()


def render(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response


def documents_and_executives(count):
    """``count`` document blocks and ``count`` executive cards, each with its own file or photo."""
    blocks = []
    for number in range(count):
        document = make_document(title=f"เอกสาร {number}", data=b"%PDF-1.4\n%%EOF\n", filename=f"d{number}.pdf")
        blocks.append(
            (
                "document",
                {
                    "title": f"เอกสารที่ {number}",
                    "document": document,
                    "component": "o1_structure",
                    "contents": [{"element": "โครงสร้าง", "page": 1}],
                },
            )
        )
        blocks.append(
            (
                "executive_profile",
                {
                    "name": f"ผู้บริหาร {number}",
                    "position": "รองนายก",
                    "role": "deputy",
                    "photo": make_image(f"รูป {number}"),
                },
            )
        )
    return blocks


def queries_of(client, page):
    render(client, page)  # the first view makes the image renditions
    with CaptureQueriesContext(connection) as context:
        render(client, page)
    return len(context.captured_queries)


@pytest.mark.django_db
def test_item_page_queries_do_not_grow_with_blocks(client, section, django_assert_max_num_queries):
    year_page = AssessmentYearPage.objects.get(year=2566)
    one, fifty = (year_page.get_children().get(slug=slug).specific for slug in ("o1", "o2"))
    fill(one, documents_and_executives(1))
    fill(fifty, documents_and_executives(50))
    assert queries_of(client, one) == queries_of(client, fifty)
    for page in (one, fifty):
        with django_assert_max_num_queries(ITEM_PAGE_QUERIES):
            html = render(client, page).content.decode()
    assert html.count("#page=1") == 50 and html.count("<img") == 50


@pytest.mark.django_db
def test_year_page_queries_do_not_grow_with_items(client, section, django_assert_max_num_queries):
    year_page = AssessmentYearPage.objects.get(year=2566)
    render(client, year_page)  # the first view fills Wagtail's cache of the sites' root paths
    with django_assert_max_num_queries(YEAR_PAGE_QUERIES):
        render(client, year_page)  # all 43 items, of 15 page types
    # Queries depend on the page types present, not on how many items or divisions there are.
    divisions = list(Division.objects.all()[:2])
    for page in year_page.get_children().specific():
        if page.item_code not in ("O1", "O2", "O3", "O4", "O5", "O6"):
            page.delete()
        else:
            page.divisions.set(divisions)
            page.save_revision().publish()
    six = queries_of(client, year_page)
    for page in year_page.get_children().exclude(slug="o1"):
        page.delete()
    assert queries_of(client, year_page) == six


@pytest.mark.django_db
def test_a_site_without_translations_asks_nothing_about_them(client, section, settings):
    year_page = AssessmentYearPage.objects.get(year=2566)
    item = year_page.get_children().get(slug="o1").specific

    def translation_queries(page):
        render(client, page)
        with CaptureQueriesContext(connection) as context:
            html = render(client, page).content.decode()
        return [query for query in context.captured_queries if '"translation_key" =' in query["sql"]], html

    assert all(len(translation_queries(page)[0]) == 1 for page in (item, year_page))
    settings.WAGTAIL_I18N_ENABLED = False  # no page can have a translation: nothing to ask
    for page in (item, year_page):
        queries, html = translation_queries(page)
        assert queries == [] and 'lang="th"' in html and "hreflang" not in html
