"""The printable status report: totals, a table per division, every item with its reasons, a Buddhist-era date."""

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from django.contrib.staticfiles import finders
from django.urls import reverse

from .coordinator import fill_mixed, make_coordinator

REPORT = reverse("wagtail_ita_report", args=[2566])


def test_report_for_the_coordinator(section, client, monkeypatch):
    from django.utils import timezone

    fill_mixed(section)
    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 11, 26, 3, 0, tzinfo=ZoneInfo("UTC")))
    client.force_login(make_coordinator())
    response = client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "รายงานสถานะข้อมูล ITA ปีที่ประเมิน 2566" in html
    assert "พิมพ์เมื่อ 26 พฤศจิกายน 2569" in html
    # Print styles and the print button are static files: the report needs no inline style or script (CSP).
    assert "wagtail_ita/report.css" in html and "wagtail_ita/report.js" in html
    assert "<style" not in html and "onclick" not in html and "<script>" not in html
    assert "@media print" in Path(finders.find("wagtail_ita/report.css")).read_text(encoding="utf-8")
    assert html.count('<tr data-item="') == 43
    assert 'data-total-status="complete"><span class="ita-card__number">2<' in html
    assert html.count('<tr data-division="') == 6
    assert "รองผู้บริหาร" in html  # O2's reasons


def test_report_of_a_division_editor_covers_their_items(section, client, division_editor):
    client.force_login(division_editor("finance"))
    html = client.get(REPORT).content.decode()
    assert html.count('<tr data-item="') == 9
    assert "ข้อที่กองคลังรับผิดชอบ" in html
    assert html.count('<tr data-division="') == 1
