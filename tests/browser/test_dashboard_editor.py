"""In real Chromium: a division's editor sees only their division's items and is refused the whole ITAS list."""

from tests.conftest import make_user
from tests.coordinator import fill_mixed
from wagtail_ita.models import Division

from .test_dashboard_coordinator import login, screenshot

FINANCE_ITEMS = ["O14", "O15", "O16", "O19", "O20", "O21", "O22", "O30", "O43"]


def test_division_editor_uses_the_dashboard(live_site, live_server, browser):
    fill_mixed(live_site)
    make_user("editor-finance", groups=[Division.objects.get(key="finance").group])
    context, page = login(browser, live_server, "editor-finance")

    panel = page.locator("#ita-completeness-section")
    assert "ยังไม่ครบถ้วน 8 จาก 9 ข้อ" in panel.inner_text()
    screenshot(page, "home-editor")
    panel.get_by_role("link", name="สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน").click()
    page.wait_for_url("**/admin/pages/*/edit/")

    page.goto(f"{live_server.url}/admin/ita/dashboard/")
    codes = page.locator("table.listing tbody tr td:first-child").all_inner_texts()
    assert [code.strip() for code in codes] == FINANCE_ITEMS
    assert page.locator("tr[data-division]").count() == 1
    assert page.get_by_role("link", name="รายการ URL สำหรับ ITAS (CSV)").count() == 0
    screenshot(page, "dashboard-editor")

    page.goto(f"{live_server.url}/admin/ita/export/2566/csv/")
    page.wait_for_url(f"{live_server.url}/admin/")
    assert "ขออภัย" in page.locator(".messages").inner_text()
    context.close()
