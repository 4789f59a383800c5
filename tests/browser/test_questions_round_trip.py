"""The whole Q&A round trip in real Chromium: a citizen asks on a phone, the Q&A group answers in the
admin, and the answer appears on the public page, which fits 360 px and passes axe-core.

Set ``ITA_SCREENSHOT_DIR`` to keep screenshots of the public page (360 px) and of the admin screen.
"""

import os
from pathlib import Path

from django.contrib.auth.models import Group
from django.core import mail

from tests.browser.test_public_section import fits_the_phone, serious_violations
from tests.conftest import make_user
from wagtail_ita.conf import get_setting
from wagtail_ita.models import Question
from wagtail_ita.questions.setup import site_qa_page


def _shot(page, name):
    folder = os.environ.get("ITA_SCREENSHOT_DIR")
    if folder:
        page.screenshot(path=str(Path(folder) / name), full_page=True)


def test_ask_answer_in_the_admin_and_see_it_published(live_site, live_server, browser, phone):
    from django.core.cache import cache

    cache.clear()
    qa_url = f"{live_server.url}{site_qa_page(live_site.section).url}"
    make_user("answerer", groups=[Group.objects.get(name=get_setting("QA_GROUP"))], email="answerer@example.go.th")

    # 1. A citizen asks, on a phone.
    phone.goto(qa_url)
    assert fits_the_phone(phone)
    phone.get_by_label("คำถามของท่าน").fill("ขอทราบวันเปิดรับสมัครทุนการศึกษา อบจ. ปี 2567 <b>ด่วน</b>")
    phone.get_by_label("ชื่อที่จะแสดงพร้อมคำถาม (ไม่บังคับ)").fill("ผู้ปกครองนักเรียน")
    phone.get_by_label("อีเมลสำหรับรับคำตอบ (ไม่บังคับ)").fill("parent@example.com")
    phone.get_by_role("button", name="ส่งคำถาม").click()
    phone.wait_for_selector("[data-qa-sent]")
    assert "คำถามของท่านส่งถึงหน่วยงานแล้ว" in phone.locator("[data-qa-sent]").inner_text()
    question = Question.objects.get()
    assert question.display_name == "ผู้ปกครองนักเรียน"
    assert any(m.to == ["answerer@example.go.th"] for m in mail.outbox)

    # 2. The Q&A group answers and publishes it in the admin.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH")
    admin = context.new_page()
    admin.goto(f"{live_server.url}/admin/login/")
    admin.fill("#id_username", "answerer")
    admin.fill("#id_password", "password")
    admin.click("button[type=submit]")
    admin.goto(f"{live_server.url}/admin/ita/questions/")
    _shot(admin, "qa-admin-list.png")
    admin.get_by_role("link", name="ขอทราบวันเปิดรับสมัครทุนการศึกษา").first.click()
    admin.wait_for_url("**/admin/ita/questions/edit/*/")
    editor = admin.locator("[data-contents='true'], .public-DraftEditor-content").first
    editor.click()
    admin.keyboard.type("เปิดรับสมัคร 1 - 28 กุมภาพันธ์ 2567 ที่กองการศึกษา")
    admin.get_by_label("ตอบและเผยแพร่แล้ว").check()
    # Draftail copies the answer into its hidden input a moment after typing: submit only once it is there.
    admin.wait_for_function("() => (document.querySelector(\"input[name='answer']\") || {}).value.includes('2567')")
    _shot(admin, "qa-admin-edit.png")
    admin.locator("footer button[type=submit]").first.click()
    admin.wait_for_url("**/admin/ita/questions/", timeout=90_000)
    question.refresh_from_db()
    assert question.status == "published" and question.answered_by.username == "answerer"
    assert any(m.to == ["parent@example.com"] for m in mail.outbox)
    context.close()

    # 3. The answer is on the public page, with the citizen's text escaped.
    phone.goto(qa_url)
    item = phone.locator(f"[data-question='{question.pk}']")
    assert "<b>ด่วน</b>" in item.locator(".ita-qa-question").inner_text()
    assert "เปิดรับสมัคร 1 - 28 กุมภาพันธ์ 2567" in item.inner_text()
    assert "ผู้ปกครองนักเรียน" in item.inner_text()
    assert "parent@example.com" not in phone.content()
    assert "1 เรื่อง" in phone.locator("[data-qa-median]").inner_text()
    assert fits_the_phone(phone)
    assert serious_violations(phone) == []
    assert phone.console_errors == [] and phone.foreign_requests == []
    _shot(phone, "qa-public-360.png")
