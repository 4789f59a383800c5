"""The section and year pages route to a year and an item in one query each, and fall back to Wagtail's routing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from wagtail_ita.models import BasicInformationItemPage, ProcurementItemPage

pytestmark = pytest.mark.usefixtures("page_cache_off")


@pytest.fixture
def year_page(year_2566):
    return year_2566


def routed(request_path, section):
    """The page Wagtail's routing finds for ``request_path`` under the site root, and the queries it took."""
    from django.test import RequestFactory

    request = RequestFactory().get(request_path)
    root = section.section.get_parent().specific
    with CaptureQueriesContext(connection) as queries:
        page = root.route(request, [part for part in request_path.split("/") if part]).page
    return page, [query["sql"] for query in queries.captured_queries]


@pytest.mark.django_db
def test_an_item_is_found_as_its_own_type_with_its_parents(section, year_page):
    page, queries = routed("/ita/2566/o21/", section)
    assert type(page) is ProcurementItemPage and page.item_code == "O21"
    # Wagtail's two queries for the section; one for the year page, one for the item page, each of its type.
    assert len(queries) == 4
    with CaptureQueriesContext(connection) as more:
        assert page.year_page == year_page and page.get_parent().get_parent() == section.section
    assert len(more.captured_queries) == 0


@pytest.mark.django_db
def test_unknown_or_draft_items_are_404_and_other_pages_route_as_usual(client, section, year_page):
    assert client.get("/ita/2566/o99/").status_code == 404
    assert client.get("/ita/2599/").status_code == 404
    year_page.get_children().get(slug="o21").specific.unpublish()
    assert client.get("/ita/2566/o21/").status_code == 404
    assert client.get("/ita/2566/open-data/json/").status_code == 200  # the year page's own routes
    assert client.get("/ita/qa/").status_code == 200  # a page of another type under the section


@pytest.mark.django_db
def test_an_item_page_of_another_type_than_its_category_still_routes(client, section, year_page):
    Page.objects.get(pk=year_page.get_children().get(slug="o21").pk).delete()
    year_page.add_child(instance=BasicInformationItemPage(title="ประกาศต่าง ๆ", slug="o21", item_code="O21"))
    response = client.get("/ita/2566/o21/")
    assert response.status_code == 200 and "ประกาศต่าง ๆ" in response.content.decode()
