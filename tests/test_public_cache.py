"""Caching: staff views stay private, and publishing an item purges the pages that list it."""

import pytest
from wagtail.contrib.frontend_cache.backends import BaseBackend

from tests.conftest import make_user
from wagtail_ita.models import AssessmentYearPage

PURGED = []


class RecordingBackend(BaseBackend):
    """A frontend-cache backend that only remembers what it was asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def purged(settings):
    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": "tests.test_public_cache.RecordingBackend"}}
    PURGED.clear()
    return PURGED


@pytest.mark.django_db
def test_anonymous_pages_are_cacheable_and_show_no_status(client, section):
    response = client.get("/ita/2566/")
    assert "private" not in response.get("Cache-Control", "")
    assert "ita-badge" not in response.content.decode()
    assert "private" not in client.get("/ita/2566/o1/").get("Cache-Control", "")


@pytest.mark.django_db
def test_staff_see_status_badges_in_private_responses(client, section):
    client.force_login(make_user("coordinator", is_superuser=True))
    response = client.get("/ita/2566/")
    assert "private" in response["Cache-Control"]
    html = response.content.decode()
    assert html.count('class="ita-badge ita-badge--missing"') == 41  # O8 and O28 link the channels ita_setup built
    assert "private" in client.get("/ita/2566/o1/")["Cache-Control"]


@pytest.mark.django_db
def test_publishing_an_item_purges_the_year_and_section_pages(section, purged):
    item = AssessmentYearPage.objects.get(year=2566).get_children().get(slug="o6").specific
    item.body = [("law", {"title": "พ.ร.บ.", "url": "https://www.krisdika.go.th/", "document": None})]
    item.save_revision().publish()
    assert {
        "http://localhost/ita/",
        "http://localhost/ita/2566/",
        "http://localhost/ita/2566/open-data/json/",
        "http://localhost/ita/2566/open-data/csv/",
    } <= set(purged)
    purged.clear()
    item.unpublish()
    assert "http://localhost/ita/2566/" in purged


@pytest.mark.django_db
def test_publishing_other_pages_purges_nothing_more(section, purged):
    year_page = AssessmentYearPage.objects.get(year=2566)
    year_page.save_revision().publish()
    assert purged == []
