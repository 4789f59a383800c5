"""The seed's notes are shown: categories' notes in the editor's panel and on the item page's criteria box,
indicator 10's "data must be current" on the year index; and the panel says which items each block serves."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.html import escape

from .conftest import make_user

pytestmark = pytest.mark.django_db


def item(section, code):
    return next(p for p in section.year_page.item_pages() if p.item_code == code)


@pytest.fixture
def coordinator_client(client, section):
    client.force_login(make_user("coordinator", groups=[Group.objects.get(name="ผู้ประสานงาน ITA")]))
    return client


def test_category_note_in_the_panel_and_on_the_criteria_box(section, coordinator_client, client):
    """Seed, แผนป้องกันการทุจริต: "*กรณีองค์กรปกครองส่วนท้องถิ่นสามารถใช้แผนปฏิบัติการป้องกันการทุจริตจากระบบ
    e-plan …" and "*กรณีการดำเนินการ/กิจกรรมที่ไม่ใช้งบประมาณ ให้ระบุในแผนว่าไม่ได้ใช้งบประมาณดำเนินการ"."""
    o36 = item(section, "O36")
    panel = coordinator_client.get(reverse("wagtailadmin_pages:edit", args=[o36.pk])).content.decode()
    assert "data-category-note" in panel
    assert escape("สามารถใช้แผนปฏิบัติการป้องกันการทุจริตจากระบบ e-plan") in panel
    assert escape("ให้ระบุในแผนว่าไม่ได้ใช้งบประมาณดำเนินการ") in panel
    public = client.get(o36.url).content.decode()
    criteria = public[public.index('class="ita-requirement"') :]
    criteria = criteria[: criteria.index("</details>")]
    assert 'class="ita-category-note"' in criteria and "e-plan" in criteria


def test_held_out_other_category_notes(section, client):
    """Held out: การให้บริการ ("*การให้บริการ หมายถึง …"), No Gift Policy ("… website สำนักงาน ป.ป.ท."),
    จริยธรรม ("… website สำนักงาน ก.พ."); and no note box where the seed gives none (O1)."""
    for code, words in [
        ("O16", "การให้บริการ หมายถึง การให้บริการตามอำนาจหน้าที่"),
        ("O31", "สามารถดูแนวทางและรายละเอียดเพิ่มเติมได้ที่ website สำนักงาน ป.ป.ท."),
        ("O40", "ดูแนวทางและรายละเอียดเพิ่มเติมได้ทาง website สำนักงาน ก.พ."),
    ]:
        html = client.get(item(section, code).url).content.decode()
        assert escape(words) in html, code
    assert 'class="ita-category-note"' not in client.get(item(section, "O1").url).content.decode()


def test_indicator_10_says_data_must_be_current_on_the_year_index(section, client):
    """Seed: "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต เป็นตัวชี้วัดที่มีวัตถุประสงค์เพื่อประเมินการเผยแพร่ข้อมูลที่เป็น
    ปัจจุบันบนเว็บไซต์ของหน่วยงาน …"."""
    html = client.get(section.year_page.url).content.decode()
    assert html.count('class="ita-indicator-note"') == 1
    assert "การเผยแพร่ข้อมูลที่เป็นปัจจุบันบนเว็บไซต์ของหน่วยงาน" in html
    assert html.index("ita-indicator-note") > html.index('id="indicator-10"')


def test_panel_says_which_items_each_block_serves(section, coordinator_client):
    """Block help texts name no item codes; the panel lists them from the year's framework."""
    o11 = item(section, "O11")
    html = coordinator_client.get(reverse("wagtailadmin_pages:edit", args=[o11.pk])).content.decode()
    served = html[html.index("data-blocks-served") :]
    assert '<li data-block="progress_report"><strong>รายงานความก้าวหน้า</strong>: O12, O37</li>' in served
    assert '<li data-block="annual_report">' in served and "O13, O22, O26, O33, O38" in served
