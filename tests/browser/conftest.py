"""Browser tests: real Debian Chromium driven by Playwright against pytest-django's live server."""

import os
from urllib.parse import urlparse

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# Playwright's sync API runs an event loop in this thread; Django's ORM calls in the same test are
# still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make browser-deps` (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def phone(browser, live_server):
    """A 360 px wide page that records console errors and every request that leaves the live server."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=1, locale="th-TH")
    page = context.new_page()
    page.console_errors = []
    page.foreign_requests = []
    host = urlparse(live_server.url).netloc
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on(
        "request",
        lambda request: (
            urlparse(request.url).netloc not in (host, "")
            and not request.url.startswith("data:")
            and page.foreign_requests.append(request.url)
        ),
    )
    yield page
    context.close()


def ensure_site(hostname, port):
    """Recreate what the data migrations made, which a flush after a transactional test removed."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.sql import emit_post_migrate_signal
    from home.models import HomePage
    from wagtail.models import Collection, Locale, Page, Site

    ContentType.objects.clear_cache()  # on PostgreSQL a flush renumbers them
    # A flush with serialized_rollback does not run post_migrate: content types and permissions come back here.
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    Locale.objects.get_or_create(language_code="th")
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Site.objects.filter(is_default_site=True).exists():
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        home = root.add_child(instance=HomePage(title="หน้าแรก", slug="home"))
        Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True)


@pytest.fixture
def live_site(transactional_db, live_server):
    """The 2566 section on a site whose hostname and port are the live server's."""
    from wagtail.models import Site

    from wagtail_ita.setup import setup_section

    url = urlparse(live_server.url)
    ensure_site(url.hostname, url.port)
    Site.objects.filter(is_default_site=True).update(hostname=url.hostname, port=url.port)
    return setup_section(2566)
