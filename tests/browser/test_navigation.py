"""A citizen on a phone goes from the ITA section to an item; nothing leaves the machine."""


def test_section_to_item_on_a_phone(live_site, live_server, phone):
    phone.goto(f"{live_server.url}/ita/")
    phone.locator("main").get_by_role("link", name="ITA ปีงบประมาณ พ.ศ. 2566").click()
    phone.wait_for_url("**/ita/2566/")
    assert phone.locator("h1").inner_text() == "ITA ปีงบประมาณ พ.ศ. 2566"
    assert phone.locator("table.ita-items tbody tr").count() == 43
    phone.get_by_role("link", name="สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน").click()
    phone.wait_for_url("**/ita/2566/o21/")
    assert "O21" in phone.locator("h1").inner_text()
    assert "ยังไม่มีข้อมูลสำหรับข้อนี้" in phone.locator("main").inner_text()
    scroll_width = phone.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360
    assert phone.console_errors == []
    assert phone.foreign_requests == []
