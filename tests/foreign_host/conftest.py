"""The foreign host's site, section and demo content, on pytest-django's live server."""

import io
import os
from urllib.parse import urlparse

import pytest

from tests.browser.conftest import browser  # noqa: F401 - the same Debian Chromium session fixture

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

#: The items the foreign host is browsed on: a card per person, charts and tables, an eight-column table.
FILLED = ("O2", "O16", "O21")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/foreign_host/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def ensure_host_site(hostname, port):
    """The host's own tree as Wagtail's migrations left it (a flush after a transactional test removes it)."""
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page, Site

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Site.objects.filter(is_default_site=True).exists():
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        home = root.add_child(instance=Page(title="Welcome to Crumb & Co.", slug="home"))
        Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True)
    Site.objects.filter(is_default_site=True).update(hostname=hostname, port=port)
    Site.clear_site_root_paths_cache()


def fill_with_demo_content(year_page, codes):
    """Give the items ``codes`` the example site's demo bodies (its builders), and publish them."""
    from home.demo.common import DemoContext
    from home.demo.content import BUILDERS, NOTES
    from home.demo.files import DemoFiles
    from home.demo.items import body_value, declare_components

    from wagtail_ita.models import Division

    framework = year_page.framework
    divisions = {division.key: division for division in Division.objects.all()}
    context = DemoContext(framework=framework, files=DemoFiles(), divisions=divisions, pages={})
    pages = {page.item_code.upper(): page for page in year_page.item_pages()}
    for code in codes:
        page = pages[code]
        page.body = body_value(page, declare_components(framework.item(code), BUILDERS[code](context)))
        page.itas_note = NOTES[code]
        page.save_revision().publish()


@pytest.fixture
def host_section(transactional_db, live_server, settings, media_root):
    """The 2566 section installed into the foreign host as docs/install.md says, O2, O16 and O21 filled."""
    from django.core.management import call_command

    from wagtail_ita.models import AssessmentYearPage

    url = urlparse(live_server.url)
    ensure_host_site(url.hostname, url.port)
    settings.MEDIA_ROOT = media_root
    call_command("ita_setup", "--year", "2566", stdout=io.StringIO())
    year_page = AssessmentYearPage.objects.get(year=2566)
    fill_with_demo_content(year_page, FILLED)
    return year_page
