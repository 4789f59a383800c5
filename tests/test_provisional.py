"""A provisional framework (2569) says so, with its source, on every screen that shows its items."""

import json

from django.urls import reverse

from wagtail_ita.setup import setup_section

from .coordinator import make_coordinator

NOTICE = "เป็นรายการชั่วคราว"


def test_provisional_year_says_so_everywhere(section, client, run_command):
    setup_section(2569)
    client.force_login(make_coordinator())

    dashboard = client.get(reverse("wagtail_ita_dashboard"), {"year": "2569"}).content.decode()
    assert "data-ita-provisional" in dashboard and NOTICE in dashboard and "สถาบันวิจัยและพัฒนาเทคโนโลยีระบบราง" in dashboard

    home = client.get(reverse("wagtailadmin_home")).content.decode()  # the latest built year: 2569
    assert "data-ita-provisional" in home and NOTICE in home

    o3 = next(p for p in section.section.get_children().get(slug="2569").specific.item_pages() if p.item_code == "O3")
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[o3.pk])).content.decode()
    assert "data-ita-provisional" in editor
    assert "สิ่งที่อนุมานสำหรับข้อนี้:" in editor and "O5 (ข้อมูลการติดต่อ) + O8 (Q&amp;A)" in editor

    table, _err = run_command("ita_status", "--year", "2569")
    assert NOTICE in table.splitlines()[0] and "สถาบันวิจัยและพัฒนาเทคโนโลยีระบบราง" in table
    out, err = run_command("ita_status", "--year", "2569", "--format", "json")
    assert len(json.loads(out)) == 26 and NOTICE in err

    # 2566 comes from the NACC's own requirements: no notice.
    old = client.get(reverse("wagtail_ita_dashboard"), {"year": "2566"}).content.decode()
    assert "data-ita-provisional" not in old
    table, _err = run_command("ita_status", "--year", "2566")
    assert NOTICE not in table
