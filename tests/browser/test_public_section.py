"""A citizen on a phone, in real Chromium: home page → ITA section → year → item, on the demo.

Every page fits 360 px, nothing is fetched from outside the machine, the console stays clean and
axe-core (vendored from the npm registry by ``make axe``) finds no serious or critical violation
on the index and on any item page.
"""

from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.core.management import call_command
from django.urls import clear_url_caches

AXE = Path(__file__).parent / "vendor" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}


@pytest.fixture
def demo_site(live_site, live_server, settings, media_root):
    """The demo's content on the live server's site, with its media files served."""
    import io

    from wagtail.models import Site

    call_command("ita_demo", stdout=io.StringIO())
    url = urlparse(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=url.hostname, port=url.port)
    Site.clear_site_root_paths_cache()
    settings.MEDIA_ROOT = media_root
    settings.ROOT_URLCONF = "tests.browser.urls"
    clear_url_caches()
    yield
    clear_url_caches()


def serious_violations(page):
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make axe` (npm install axe-core from the npm registry)")
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]][:3])
        for violation in results["violations"]
        if violation["impact"] in BLOCKING
    ]


def fits_the_phone(page):
    return page.evaluate("document.documentElement.scrollWidth") <= 360


def test_home_to_item_on_a_phone_is_accessible(demo_site, live_server, phone):
    phone.goto(f"{live_server.url}/")
    phone.locator("footer").get_by_role("link", name="ITA ปีงบประมาณ พ.ศ. 2566").click()
    phone.wait_for_url("**/ita/2566/")
    assert fits_the_phone(phone)
    assert phone.locator("table.ita-items tbody tr").count() == 43
    assert serious_violations(phone) == []
    item_urls = phone.eval_on_selector_all("table.ita-items tbody a", "links => links.map(a => a.href)")
    assert len(item_urls) == 43

    phone.get_by_role("link", name="สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน").click()
    phone.wait_for_url("**/ita/2566/o21/")
    assert "ไม่มีการจัดซื้อจัดจ้าง" in phone.locator("main").inner_text()
    phone.get_by_role("link", name="ITA ปีงบประมาณ พ.ศ. 2566").first.click()
    phone.wait_for_url("**/ita/2566/")

    problems = {}
    for url in item_urls:
        phone.goto(url)
        phone.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # load the lazy images too
        phone.wait_for_load_state("networkidle")
        if not fits_the_phone(phone):
            problems[url] = "wider than 360 px"
        elif violations := serious_violations(phone):
            problems[url] = violations
    assert problems == {}
    assert phone.console_errors == []
    assert phone.foreign_requests == []


def test_home_page_links_to_the_section_in_two_clicks(demo_site, live_server, phone):
    phone.goto(f"{live_server.url}/")
    phone.get_by_role("navigation", name="เมนูหลัก").get_by_role("link", name="การเปิดเผยข้อมูลสาธารณะ (ITA)").click()
    phone.wait_for_url("**/ita/")
    phone.get_by_role("link", name="ITA ปีงบประมาณ พ.ศ. 2566").first.click()
    phone.wait_for_url("**/ita/2566/")
    assert fits_the_phone(phone)
    assert phone.console_errors == [] and phone.foreign_requests == []
