"""In real Chromium: the coordinator reads the dashboard, filters it, downloads the ITAS list and prints the report.

Set ``ITA_SCREENSHOTS=/some/dir`` to keep 1280 px screenshots of the screens.
"""

import os

from tests.coordinator import fill_mixed, make_coordinator


def screenshot(page, name):
    directory = os.environ.get("ITA_SCREENSHOTS")
    if directory:
        page.screenshot(path=os.path.join(directory, f"{name}.png"), full_page=True)


def login(browser, live_server, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH", accept_downloads=True)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "password")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return context, page


def test_coordinator_uses_the_dashboard(live_site, live_server, browser, settings):
    fill_mixed(live_site)
    make_coordinator()
    context, page = login(browser, live_server, "coordinator")

    panel = page.locator("#ita-completeness-section")
    assert "ข้อทั้งหมด" in panel.inner_text()
    screenshot(page, "home-coordinator")

    page.get_by_role("button", name="ITA").click()
    page.get_by_role("link", name="ภาพรวมความครบถ้วน", exact=True).click()
    page.wait_for_url("**/admin/ita/dashboard/")
    assert page.locator("h1").first.inner_text().strip() == "ภาพรวมความครบถ้วน ITA"
    assert page.locator("table.listing tbody tr").count() == 43
    cards = {
        status: page.locator(f'[data-total-status="{status}"] .ita-card__number').inner_text()
        for status in ("complete", "incomplete", "missing")
    }
    assert cards == {"complete": "2", "incomplete": "2", "missing": "39"}
    assert page.locator("tr[data-division]").count() == 6
    o2 = page.locator("tbody tr", has_text="ข้อมูลผู้บริหาร")
    assert "ไม่ครบถ้วน" in o2.inner_text() and "รองผู้บริหาร" in o2.inner_text()
    screenshot(page, "dashboard-coordinator")

    page.goto(f"{live_server.url}/admin/ita/dashboard/?status=complete")
    assert page.locator("table.listing tbody tr").count() == 2

    # The live server runs on localhost: the export refuses it until the site allows local URLs.
    page.get_by_role("link", name="รายการ URL สำหรับ ITAS (CSV)").click()
    assert "เปิดได้จากเครื่องนี้เท่านั้น" in page.locator("main").inner_text()
    screenshot(page, "export-refused")
    settings.WAGTAIL_ITA_ALLOW_LOCAL_URLS = True
    page.go_back()
    with page.expect_download() as download:
        page.get_by_role("link", name="รายการ URL สำหรับ ITAS (CSV)").click()
    data = open(download.value.path(), "rb").read()
    assert data.startswith(b"\xef\xbb\xbf") and data.decode("utf-8-sig").count("\n") == 44

    page.goto(f"{live_server.url}/admin/ita/report/2566/")
    assert page.locator("tr[data-item]").count() == 43
    page.emulate_media(media="print")
    assert not page.locator(".ita-report__toolbar").is_visible()
    page.emulate_media(media="screen")
    screenshot(page, "report")

    page.goto(f"{live_server.url}/admin/ita/dashboard/")
    page.fill("#ita-snapshot-note", "ส่งในระบบ ITAS แล้ว")
    page.get_by_role("button", name="บันทึกภาพข้อมูลที่ส่ง").click()
    page.wait_for_url("**/admin/ita/snapshots/inspect/*/")
    assert page.locator("tr[data-item]").count() == 43
    screenshot(page, "snapshot")
    assert page.console_errors == []
    context.close()
