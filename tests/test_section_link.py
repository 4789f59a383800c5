"""``{% ita_section_link %}`` on every page of the host site: asked once, shown anew after a change."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from wagtail_ita.models import AssessmentYearPage

LINK = 'class="ita-section-link ita-section-link--year" href="/ita/{}/"'


def home(client):
    Site.get_site_root_paths()  # Wagtail's own cache, filled by the first request of any page: not counted
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/").content.decode()
    return html, len(queries.captured_queries)


@pytest.mark.django_db
def test_the_link_is_asked_once_and_follows_a_new_year_at_once(client, section, run_command):
    first, asked = home(client)
    second, cached = home(client)
    assert LINK.format(2566) in first and first == second
    assert cached == asked - 4  # the section and its latest year, each with Wagtail's view restrictions

    run_command("ita_setup", "--year", "2569")
    assert LINK.format(2569) in home(client)[0]

    AssessmentYearPage.objects.get(year=2569).unpublish()
    html = home(client)[0]
    assert LINK.format(2566) in html and LINK.format(2569) not in html


@pytest.mark.django_db
def test_without_the_page_cache_the_link_is_asked_each_time(client, section, settings):
    settings.WAGTAIL_ITA_PAGE_CACHE_SECONDS = 0
    first, asked = home(client)
    second, again = home(client)
    assert LINK.format(2566) in second and asked == again
