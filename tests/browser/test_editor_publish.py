"""In real Chromium: the coordinator sees what is missing and must confirm publishing an incomplete item."""

from django.contrib.auth.models import Group

from tests.conftest import make_user


def test_publish_confirmation_in_the_browser(live_site, live_server, browser):
    make_user("coordinator", groups=[Group.objects.get(name="ผู้ประสานงาน ITA")])
    o28 = next(p for p in live_site.year_page.item_pages() if p.item_code == "O28")
    o28.body = []  # ita_setup links O28 to the report channel it builds; here the live O28 starts empty
    o28.save_revision().publish()
    o28.body = [("text", "<p>อยู่ระหว่างจัดทำช่องทางแจ้งเรื่องร้องเรียน</p>")]
    o28.save_revision()

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "coordinator")
    page.fill("#id_password", "password")
    page.click("button[type=submit]")
    page.goto(f"{live_server.url}/admin/pages/{o28.pk}/edit/")

    row = page.locator('[data-component="complaint_channel"]')
    assert row.get_attribute("data-satisfied") == "false"
    assert "ยังไม่มีข้อมูล" in row.inner_text()

    def publish():
        page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
        page.get_by_role("button", name="เผยแพร่").click()
        page.wait_for_load_state("networkidle")

    publish()
    assert "ข้อนี้ยังไม่ครบถ้วน" in page.locator(".messages").inner_text()
    o28.refresh_from_db()
    assert not o28.body

    page.get_by_label("ยืนยันการเผยแพร่แม้ข้อมูลข้อนี้ยังไม่ครบถ้วน").check()
    publish()
    page.wait_for_url("**/admin/pages/*/")
    o28.refresh_from_db()
    assert o28.live and o28.body[0].block_type == "text"
    context.close()
