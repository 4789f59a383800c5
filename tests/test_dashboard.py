"""The completeness dashboard: rows, filters, totals, exports and who sees what."""

import csv
import io

import pytest
from django.urls import reverse

from wagtail_ita.models import Division

from .coordinator import fill_mixed, make_coordinator, page_of

DASHBOARD = reverse("wagtail_ita_dashboard")


@pytest.fixture
def mixed(section):
    coordinator = make_coordinator(first_name="สมศรี", last_name="ประสานดี")
    fill_mixed(section, user=coordinator)
    return section


def rows(response):
    return {status.code: status for status in response.context["object_list"]}


def test_coordinator_sees_every_item_with_status_and_reasons(mixed, client):
    client.force_login(make_coordinator("boss"))
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    by_code = rows(response)
    assert list(by_code) == [f"O{n}" for n in range(1, 44)]
    assert by_code["O1"].status == "complete" and by_code["O1"].reasons == []
    assert by_code["O2"].status == "incomplete"
    assert any("รองผู้บริหาร" in reason for reason in by_code["O2"].reasons)
    assert by_code["O3"].status == "missing"
    html = response.content.decode()
    assert "ครบถ้วน" in html and "ไม่ครบถ้วน" in html and "ยังไม่มีข้อมูล" in html
    assert reverse("wagtailadmin_pages:edit", args=[page_of(mixed, "O1").pk]) in html
    assert reverse("wagtailadmin_pages:history", args=[page_of(mixed, "O1").pk]) in html
    assert "สมศรี ประสานดี" in html  # last edited by: the latest revision's user


def test_totals_per_status_and_per_division(mixed, client):
    client.force_login(make_coordinator("boss"))
    totals = client.get(DASHBOARD).context["totals"]
    assert {entry["status"]: entry["count"] for entry in totals["by_status"]} == {
        "complete": 2,
        "incomplete": 2,
        "missing": 39,
    }
    finance = next(row for row in totals["divisions"] if row["division"].key == "finance")
    # O19-O22 and the five every-division items
    assert finance["total"] == 9
    assert finance["counts"] == {"complete": 1, "incomplete": 1, "missing": 7}
    done = [segment for segment in finance["bar"] if segment["status"] != "missing"]
    assert sum(segment["width"] for segment in done) == pytest.approx(100 * 2 / 9, abs=0.1)


def test_filters_by_status_division_and_sub_indicator(mixed, client):
    client.force_login(make_coordinator("boss"))
    finance = Division.objects.get(key="finance")
    assert list(rows(client.get(DASHBOARD, {"status": "complete"}))) == ["O1", "O19"]
    assert list(rows(client.get(DASHBOARD, {"status": "incomplete", "division": finance.pk}))) == ["O20"]
    assert list(rows(client.get(DASHBOARD, {"sub_indicator": "9.3"}))) == ["O19", "O20", "O21", "O22"]
    response = client.get(reverse("wagtail_ita_dashboard_results"), {"status": "missing", "sub_indicator": "9.3"})
    assert response.status_code == 200
    assert list(rows(response)) == ["O21", "O22"]


def test_division_editor_sees_only_their_rows(mixed, client, division_editor):
    client.force_login(division_editor("finance"))
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    assert list(rows(response)) == ["O14", "O15", "O16", "O19", "O20", "O21", "O22", "O30", "O43"]
    assert [row["division"].key for row in response.context["totals"]["divisions"]] == ["finance"]
    assert "O1 " not in response.content.decode()


def test_wagtails_spreadsheet_export_is_limited_to_the_users_rows(mixed, client, division_editor):
    client.force_login(division_editor("finance"))
    response = client.get(DASHBOARD, {"export": "csv"})
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    records = list(csv.DictReader(io.StringIO(content.removeprefix("\ufeff"))))
    assert [r["ข้อ"] for r in records] == ["O14", "O15", "O16", "O19", "O20", "O21", "O22", "O30", "O43"]
    assert records[4]["สถานะความครบถ้วน"] == "ไม่ครบถ้วน"
    response = client.get(DASHBOARD, {"export": "xlsx"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_people_outside_the_ita_are_refused(section, client):
    from django.contrib.auth.models import Permission

    from .conftest import make_user

    user = make_user("someone")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(DASHBOARD)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def test_menu_and_home_panel(mixed, client, division_editor):
    client.force_login(division_editor("finance"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "ita-completeness" in html
    o20 = page_of(mixed, "O20")
    assert reverse("wagtailadmin_pages:edit", args=[o20.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[page_of(mixed, "O19").pk]) not in html  # complete
    assert DASHBOARD in html
    client.force_login(make_coordinator("boss"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-total-status="complete"' in html and reverse("wagtail_ita_snapshots:index") in html


def test_query_count_is_bounded(mixed, client, django_assert_max_num_queries):
    client.force_login(make_coordinator("boss"))
    client.get(DASHBOARD)  # warm the content type and site caches
    # Fifteen item page types each cost a query for the pages and one for their divisions; the
    # documents and images of filled items are fetched per page. Nothing costs a query per row.
    with django_assert_max_num_queries(75):
        client.get(DASHBOARD)


def test_admin_colours_follow_wagtails_theme_tokens():
    """Wagtail's admin has a dark theme: every colour of the app's admin screens is one of its tokens."""
    import re
    from pathlib import Path

    import wagtail_ita

    css = (Path(wagtail_ita.__file__).parent / "static/wagtail_ita/admin.css").read_text()
    colours = re.findall(r"#[0-9a-fA-F]{3,8}\b", css)
    fallbacks = re.findall(r"var\(--w-color-[a-z0-9-]+, (#[0-9a-fA-F]{3,8})\)", css)
    assert colours and sorted(colours) == sorted(fallbacks)
