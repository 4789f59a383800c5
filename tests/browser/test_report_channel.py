"""A reporter in real Chromium: the form, the receipt, the follow-up; a recipient reads the case.

The Referrer-Policy/CSRF interaction only shows in a real browser: with ``no-referrer`` Chromium would
send ``Origin: null`` on the POST and Django would refuse it; ``same-origin`` must let the report through.
"""

import tempfile
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import make_user

from .conftest import ensure_site

MARKER = "เบาะแสทดสอบ-BROWSER-MARKER-4471"
SHOTS = Path(tempfile.gettempdir()) / "wita-report-shots"  # screenshots to look at


@pytest.fixture
def report_site(transactional_db, live_server):
    from wagtail.models import Site

    from wagtail_ita.reports import setup as channel_setup
    from wagtail_ita.setup import SetupReport

    url = urlparse(live_server.url)
    ensure_site(url.hostname, url.port)
    Site.objects.filter(is_default_site=True).update(hostname=url.hostname, port=url.port)
    Site.clear_site_root_paths_cache()
    report = SetupReport()
    report.section = Site.objects.get(is_default_site=True).root_page.specific
    group = channel_setup.recipients_group(report)
    page = channel_setup.report_page(report.section, report)
    return page, group


def test_report_receipt_follow_up_and_admin(browser, live_server, report_site, tmp_path):
    from wagtail_ita.models import CorruptionReport

    page, group = report_site
    SHOTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1000, "height": 900}, locale="th-TH")
    tab = context.new_page()
    response = tab.goto(live_server.url + page.url)
    assert response.headers["referrer-policy"] == "same-origin"
    assert "no-store" in response.headers["cache-control"]
    tab.screenshot(path=str(SHOTS / "form.png"), full_page=True)
    evidence = tmp_path / "evidence.pdf"
    evidence.write_bytes(b"%PDF-1.4\n% " + MARKER.encode() + b"\n%%EOF\n")
    tab.fill("#id_what", f"{MARKER} เจ้าหน้าที่เรียกรับเงิน")
    tab.fill("#id_official_name", "นายทดสอบ ตัวอย่าง")
    tab.fill("#id_when", "มกราคม 2566")
    tab.set_input_files("#id_attachments", str(evidence))
    tab.check("#id_identity_0")
    tab.check("#id_consent")
    with tab.expect_navigation():
        tab.click("button[type=submit]")
    code = tab.get_attribute("[data-receipt-code]", "data-receipt-code")
    number = tab.get_attribute("[data-case-number]", "data-case-number")
    tab.screenshot(path=str(SHOTS / "receipt.png"), full_page=True)
    assert number.startswith("R-") and len(code) == 24
    case = CorruptionReport.objects.get()
    assert case.case_number == number and case.attachments.count() == 1

    tab.goto(live_server.url + page.url + "follow-up/")
    tab.fill("#id_code", code.lower())
    with tab.expect_navigation():
        tab.click("button[type=submit]")
    assert tab.get_attribute("h2 [data-case-number]", "data-case-number") == number

    make_user("recipient", groups=[group])
    admin = context.new_page()
    admin.goto(live_server.url + "/admin/login/")
    admin.fill("#id_username", "recipient")
    admin.fill("#id_password", "password")
    with admin.expect_navigation():
        admin.click("button[type=submit]")
    admin.goto(f"{live_server.url}/admin/ita/corruption-reports/{case.pk}/")
    assert MARKER in admin.content()
    admin.screenshot(path=str(SHOTS / "admin-case.png"), full_page=True)
    context.close()
