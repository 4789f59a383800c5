"""``ita_export_urls`` and the same export from the dashboard: the list of URLs submitted to ITAS."""

import csv
import io

import pytest
from django.core.cache import cache
from django.core.management.base import CommandError
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import Site

from wagtail_ita.models import Division

from .coordinator import fill_mixed, make_coordinator, page_of
from .expected_2566 import EXPECTED_ITEMS

HEADINGS = ["ข้อ", "ชื่อข้อมูล", "ส่วนราชการที่รับผิดชอบ", "มีข้อมูล", "URL", "คำอธิบายเพิ่มเติม"]


@pytest.fixture
def public_site(section):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "www.example.go.th", 443
    site.save()  # saving, unlike update(), clears Wagtail's cache of site root URLs
    yield section
    cache.clear()  # the cache outlives the test's transaction: leave no www.example.go.th behind


def read_csv(path):
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM, so that Excel reads Thai
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_has_one_row_per_item_with_full_urls(public_site, run_command, tmp_path):
    fill_mixed(public_site)
    o1 = page_of(public_site, "O1")
    o1.itas_note = "แผนผังโครงสร้างทั้งสองฝ่าย"
    o1.save_revision().publish()
    output = tmp_path / "itas.csv"
    out, err = run_command("ita_export_urls", year=2566, format="csv", output=str(output), offline=True)
    assert "43 items" in out and err == ""
    rows = read_csv(output)
    assert rows[0] == HEADINGS
    assert len(rows) == 44
    pages = {page.item_code: page for page in public_site.year_page.item_pages()}
    for row, expected in zip(rows[1:], EXPECTED_ITEMS, strict=True):
        code, title, _sub, _category, divisions, all_divisions = expected
        assert row[0] == code and row[1] == title
        assert row[2] == ("ทุกส่วนราชการ" if all_divisions else ", ".join(divisions))
        assert row[4] == pages[code].get_full_url()
        assert row[4].startswith("https://www.example.go.th/ita/2566/")
    by_code = {row[0]: row for row in rows[1:]}
    assert by_code["O1"][3] == "มี" and by_code["O2"][3] == "มี" and by_code["O3"][3] == "ไม่มี"
    assert by_code["O1"][5] == "แผนผังโครงสร้างทั้งสองฝ่าย"


def test_xlsx_contents(public_site, run_command, tmp_path):
    output = tmp_path / "itas.xlsx"
    run_command("ita_export_urls", year=2566, format="xlsx", output=str(output), offline=True)
    sheet = load_workbook(output).active
    rows = [[cell if cell is not None else "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == HEADINGS and len(rows) == 44
    assert rows[1][:2] == ["O1", "โครงสร้าง"]
    assert rows[43][0] == "O43" and rows[43][4] == "https://www.example.go.th/ita/2566/o43/"


def test_a_broken_document_is_listed_and_the_file_still_written(public_site, run_command, tmp_path):
    files = fill_mixed(public_site)
    document = files.document
    with document.file.storage.open(document.file.name, "wb") as fh:
        fh.write(b"not a pdf")
    output = tmp_path / "itas.csv"
    with pytest.raises(CommandError, match="problems found") as excinfo:
        run_command("ita_export_urls", year=2566, format="csv", output=str(output), offline=True)
    assert excinfo.value.returncode == 1
    assert len(read_csv(output)) == 44


def test_link_check_lists_a_broken_document_and_a_page_that_does_not_answer(public_site):
    from wagtail_ita.coordination.links import check_links
    from wagtail_ita.status import year_statuses

    files = fill_mixed(public_site)
    with files.document.file.storage.open(files.document.file.name, "wb") as fh:
        fh.write(b"")
    page_of(public_site, "O5").unpublish()
    problems = check_links(year_statuses(2566), offline=True).problems
    assert f"O1: เอกสาร “{files.document.title}” เปิดไม่ได้" in problems
    assert "O19: เอกสาร “เอกสารทดสอบ” เปิดไม่ได้" in problems
    assert any(p.startswith("O5: https://www.example.go.th/ita/2566/o5/ ตอบกลับรหัส 404") for p in problems)
    assert not any(p.startswith("O3:") for p in problems)


def test_refuses_a_local_root_url_unless_allowed(section, run_command, tmp_path):
    assert Site.objects.get(is_default_site=True).hostname == "localhost"
    output = tmp_path / "itas.csv"
    with pytest.raises(CommandError, match="localhost") as excinfo:
        run_command("ita_export_urls", year=2566, format="csv", output=str(output), offline=True)
    assert excinfo.value.returncode == 2
    assert not output.exists()
    run_command("ita_export_urls", year=2566, format="csv", output=str(output), allow_local=True, offline=True)
    assert read_csv(output)[1][4] == "http://localhost/ita/2566/o1/"


@pytest.mark.django_db
def test_unknown_year_and_missing_section_exit_2(run_command, tmp_path):
    for year in (2400, 2566):
        with pytest.raises(CommandError) as excinfo:
            run_command("ita_export_urls", year=year, format="csv", output=str(tmp_path / "x.csv"))
        assert excinfo.value.returncode == 2


def export_url(fmt="csv", **params):
    url = reverse("wagtail_ita_export", args=[2566, fmt])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def test_coordinator_downloads_the_whole_list_from_the_dashboard(public_site, client):
    client.force_login(make_coordinator())
    response = client.get(export_url("csv"))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="ita-2566-urls.csv"'
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 44 and rows[0] == HEADINGS
    response = client.get(export_url("xlsx"))
    assert load_workbook(io.BytesIO(b"".join(response.streaming_content))).active.max_row == 44


def test_division_editor_gets_only_their_own_divisions_export(public_site, client, division_editor):
    client.force_login(division_editor("finance"))
    finance = Division.objects.get(key="finance")
    strategy = Division.objects.get(key="strategy")
    home = reverse("wagtailadmin_home")
    refused = client.get(export_url("csv"))
    assert refused.status_code == 302 and refused.url == home
    refused = client.get(export_url("csv", division=strategy.pk))
    assert refused.status_code == 302 and refused.url == home
    response = client.get(export_url("csv", division=finance.pk))
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["O14", "O15", "O16", "O19", "O20", "O21", "O22", "O30", "O43"]


def test_the_dashboard_lists_problems_before_downloading(public_site, client):
    files = fill_mixed(public_site)
    with files.document.file.storage.open(files.document.file.name, "wb") as fh:
        fh.write(b"broken")
    client.force_login(make_coordinator())
    response = client.get(export_url("csv"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "เปิดไม่ได้" in html and "force=1" in html
    assert client.get(export_url("csv", force=1))["Content-Disposition"].startswith("attachment")
